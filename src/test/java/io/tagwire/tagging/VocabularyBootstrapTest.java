package io.tagwire.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.model.Article;
import io.tagwire.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VocabularyBootstrapTest {
  /** A recogniser that knows two names, standing in for the CRF. */
  private static final MentionTagger TAGGER = text -> {
    List<MentionTagger.Mention> out = new ArrayList<>();
    for (var name : List.of(new Object[] {"Brad Smith", EntityType.PERSON}, new Object[] {"Eskom", EntityType.ORGANIZATION})) {
      Matcher m = Pattern.compile(Pattern.quote((String) name[0])).matcher(text);
      while (m.find()) {
        out.add(new MentionTagger.Mention((EntityType) name[1], m.start(), m.end()));
      }
    }
    return out;
  };

  private static Article article(String id, String title, String body, String... tags) {
    return new Article(id, title, body, null, null, null, null, null, null, List.of(), List.of(tags), null);
  }

  @Test
  void typesAndAliasesComeFromHowTheArticlesWriteTheTags() {
    List<Article> articles = List.of(
        article("1", "Raids widen", "Israeli occupation forces (IOF) demolished homes. Brad Smith spoke. Data centres grew.",
            "Israeli occupation forces", "Brad Smith", "Data centres", "Red Sea International Film Festival"),
        article("2", "Power cuts", "Eskom cut power to data centres in Johannesburg.", "Eskom", "Data centres", "data centres"),
        article("3", "Kenya", "The Rural Private Hospitals Association of Kenya (RUPHA) said so.", "Kenya"));
    NameLists lists = NameLists.load(null, null);
    VocabularyBootstrap.Result r = new VocabularyBootstrap(lists, TAGGER).build(articles);
    Vocabulary v = r.vocabulary();
    assertThat(v.size()).isEqualTo(6);
    assertThat(v.find("Brad Smith").type()).isEqualTo(TagType.PERSON);
    assertThat(v.find("Eskom").type()).isEqualTo(TagType.ORGANISATION);
    assertThat(v.find("Data centres").type()).isEqualTo(TagType.TOPIC);
    assertThat(v.find("Data centres").tag()).isEqualTo("Data centres");
    assertThat(v.find("Red Sea International Film Festival").type()).isEqualTo(TagType.EVENT);
    assertThat(v.find("IOF").tag()).isEqualTo("Israeli occupation forces");
    assertThat(v.find("RUPHA")).isNull();
  }

  @Test
  void anAliasTwoTagsClaimIsDropped() {
    List<VocabularyEntry> entries = VocabularyBootstrap.withoutClashes(List.of(
        new VocabularyEntry("British Medical Association", TagType.ORGANISATION, List.of("BMA"), ""),
        new VocabularyEntry("Bangkok Metropolitan Administration", TagType.ORGANISATION, List.of("BMA"), ""),
        new VocabularyEntry("Israel", TagType.PLACE, List.of("State of Israel"), "")));
    assertThat(entries.get(0).aliases()).isEmpty();
    assertThat(entries.get(1).aliases()).isEmpty();
    assertThat(entries.get(2).aliases()).containsExactly("State of Israel");
  }
}
