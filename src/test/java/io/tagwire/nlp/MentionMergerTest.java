package io.tagwire.nlp;

import static io.tagwire.model.EntityType.LOCATION;
import static io.tagwire.model.EntityType.MISC;
import static io.tagwire.model.EntityType.ORGANIZATION;
import static io.tagwire.model.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionMergerTest {
  private static NameMention at(String text, String name, EntityType type, String source) {
    int b = text.indexOf(name);
    return new NameMention(b, b + name.length(), type, source);
  }

  private static NameMention model(String text, String name, EntityType type) {
    return at(text, name, type, NameMention.CORENLP);
  }

  private static NameMention dict(String text, String name, EntityType type) {
    return at(text, name, type, NameMention.DICTIONARY);
  }

  @Test
  void onTheSameSpanTheDictionaryTypeWinsAndBothAreSources() {
    String text = "senior Shin Bet officials";
    List<NameMention> out = MentionMerger.merge(text, List.of(model(text, "Shin Bet", PERSON)), List.of(dict(text, "Shin Bet", ORGANIZATION)));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).type()).isEqualTo(ORGANIZATION);
    assertThat(out.get(0).sources()).containsExactly("corenlp", "dictionary");
  }

  @Test
  void aLongerDictionaryNameReplacesTheModelsFragment() {
    String text = "the Netzarim Corridor is closed";
    List<NameMention> out = MentionMerger.merge(text, List.of(model(text, "Netzarim", PERSON)),
        List.of(dict(text, "Netzarim Corridor", LOCATION)));
    assertThat(out).extracting(m -> m.text(text), NameMention::type).containsExactly(org.assertj.core.groups.Tuple.tuple("Netzarim Corridor", LOCATION));
  }

  @Test
  void aLongerModelSpanKeepsItsSpanAndTypeUnlessItSaysMisc() {
    String text = "the University of Gaza and the Azure for Apartheid group";
    List<NameMention> out = MentionMerger.merge(text,
        List.of(model(text, "University of Gaza", ORGANIZATION), model(text, "Azure for Apartheid", MISC)),
        List.of(dict(text, "Gaza", LOCATION), dict(text, "Azure", ORGANIZATION)));
    assertThat(out).extracting(m -> m.text(text)).containsExactly("University of Gaza", "Azure for Apartheid");
    assertThat(out.get(0).type()).isEqualTo(ORGANIZATION);
    assertThat(out.get(1).type()).as("MISC from the model takes the dictionary's type").isEqualTo(ORGANIZATION);
    assertThat(out.get(0).sources()).containsExactly("corenlp", "dictionary");
  }

  @Test
  void twoAdjacentDictionaryNamesSplitAModelSpanThatRanThemTogether() {
    String text = "told Al Jazeera Hamas would agree";
    List<NameMention> out = MentionMerger.merge(text, List.of(model(text, "Al Jazeera Hamas", ORGANIZATION)),
        List.of(dict(text, "Al Jazeera", ORGANIZATION), dict(text, "Hamas", ORGANIZATION)));
    assertThat(out).extracting(m -> m.text(text)).containsExactly("Al Jazeera", "Hamas");
  }

  @Test
  void mentionsWithoutConflictAreAllKeptInTextOrder() {
    String text = "UNRWA said Satya Nadella visited Gaza";
    List<NameMention> out = MentionMerger.merge(text,
        List.of(model(text, "Satya Nadella", PERSON), model(text, "Gaza", LOCATION)), List.of(dict(text, "UNRWA", ORGANIZATION)));
    assertThat(out).extracting(m -> m.text(text)).containsExactly("UNRWA", "Satya Nadella", "Gaza");
    assertThat(out.get(0).sources()).containsExactly("dictionary");
    assertThat(out.get(1).sources()).containsExactly("corenlp");
  }

  @Test
  void theResultDoesNotDependOnInputOrder() {
    String text = "Rival Advanced Micro Devices said";
    List<NameMention> a = List.of(model(text, "Rival Advanced Micro Devices", ORGANIZATION));
    List<NameMention> d = List.of(dict(text, "Advanced Micro Devices", ORGANIZATION));
    assertThat(MentionMerger.merge(text, a, d)).extracting(m -> m.text(text)).containsExactly("Rival Advanced Micro Devices");
  }
}
