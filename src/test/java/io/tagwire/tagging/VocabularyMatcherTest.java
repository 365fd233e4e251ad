package io.tagwire.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.model.Entity;
import io.tagwire.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyMatcherTest {
  private final VocabularyMatcher matcher = new VocabularyMatcher(Vocabulary.of(List.of(
      new VocabularyEntry("Israeli occupation forces", TagType.ORGANISATION, List.of("IOF"), ""),
      new VocabularyEntry("World Health Organization", TagType.ORGANISATION, List.of("WHO"), ""),
      new VocabularyEntry("United States", TagType.PLACE, List.of("U.S.", "US"), ""),
      new VocabularyEntry("Turkey", TagType.PLACE, List.of("Türkiye"), ""),
      new VocabularyEntry("Gaza", TagType.PLACE, List.of(), ""),
      new VocabularyEntry("Gaza Strip", TagType.PLACE, List.of(), ""),
      new VocabularyEntry("Data centres", TagType.TOPIC, List.of("data centers"), ""),
      new VocabularyEntry("São Paulo", TagType.PLACE, List.of(), ""))));

  private List<String> tags(String text) {
    return matcher.find(text).stream().map(m -> m.entry().tag()).toList();
  }

  @Test
  void aliasesInTheTextNameTheirTag() {
    List<VocabularyMatcher.Match> m = matcher.find("Raids by the IOF continued.");
    assertThat(m).hasSize(1);
    assertThat(m.get(0).entry().tag()).isEqualTo("Israeli occupation forces");
    assertThat(m.get(0).name()).isEqualTo("IOF");
    assertThat("Raids by the IOF continued.".substring(m.get(0).begin(), m.get(0).end())).isEqualTo("IOF");
  }

  @Test
  void acronymsOnlyMatchInCapitals() {
    assertThat(tags("Those who said so, said the WHO, were wrong; let us see what the U.S. does.")).containsExactly(
        "World Health Organization", "United States");
  }

  @Test
  void oneWordNamesMustBeCapitalised() {
    assertThat(tags("They ate turkey in Turkey and in T\u00fcrkiye.")).containsExactly("Turkey", "Turkey");
  }

  @Test
  void caseAccentsAndPluralsDoNotMatterForPhrases() {
    assertThat(tags("New DATA CENTERS near Sao Paulo; one data centre more.")).containsExactly("Data centres", "São Paulo",
        "Data centres");
  }

  @Test
  void longestNameWinsAndNamesDoNotCrossSentences() {
    assertThat(tags("Aid reached the Gaza Strip. In Gaza. Strip clubs closed.")).containsExactly("Gaza Strip", "Gaza");
  }

  @Test
  void entitiesMatchByNameOrAlias() {
    Entity e = new Entity("Türkiye", EntityType.LOCATION, 0.5, 1, List.of(), List.of(), List.of(), List.of(), null);
    assertThat(matcher.forEntity(e).tag()).isEqualTo("Turkey");
    Entity byAlias = new Entity("U.S.A.", EntityType.LOCATION, 0.5, 1, List.of(), List.of(), List.of("United States"), List.of(), null);
    assertThat(matcher.forEntity(byAlias).tag()).isEqualTo("United States");
    Entity named = new Entity("IOF", EntityType.ORGANIZATION, 0.5, 1, List.of(), List.of(), List.of(), List.of(), null);
    assertThat(matcher.forEntity(named).tag()).isEqualTo("Israeli occupation forces");
    // an acronym alias is ambiguous: it does not make another name this tag
    Entity other = new Entity("Israeli army", EntityType.ORGANIZATION, 0.5, 1, List.of(), List.of(), List.of("IOF"), List.of(), null);
    assertThat(matcher.forEntity(other)).isNull();
    Entity unknown = new Entity("Brad Smith", EntityType.PERSON, 0.5, 1, List.of(), List.of(), List.of(), List.of(), null);
    assertThat(matcher.forEntity(unknown)).isNull();
  }
}
