package io.tagwire.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.model.TagSuggestion;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagEvaluationTest {
  private static final Vocabulary TYPES = Vocabulary.of(List.of(
      new VocabularyEntry("Microsoft", TagType.ORGANISATION, List.of(), ""),
      new VocabularyEntry("Brad Smith", TagType.PERSON, List.of(), ""),
      new VocabularyEntry("Israeli occupation forces", TagType.ORGANISATION, List.of("IOF"), ""),
      new VocabularyEntry("Gaza Strip", TagType.PLACE, List.of(), ""),
      new VocabularyEntry("Mass surveillance", TagType.TOPIC, List.of(), "")));

  private static TagSuggestion s(String tag, double score, String band) {
    return new TagSuggestion(tag, null, score, band, "vocabulary", true, List.of());
  }

  @Test
  void countsTopKPrimaryAndPersonOrganisationRecall() {
    TagEvaluation e = new TagEvaluation(2, TYPES);
    e.add(List.of("Microsoft", "Brad Smith", "Mass surveillance"),
        List.of(s("Microsoft Corp.", 0.9, "primary"), s("Azure", 0.7, "primary"), s("Brad Smith", 0.4, "significant")));
    e.add(List.of("Israeli occupation forces", "Gaza Strip"),
        List.of(s("IOF", 0.8, "primary"), s("Gaza", 0.3, "significant")));
    TagEvaluation.Report r = e.report();
    assertThat(r.articles()).isEqualTo(2);
    // top 2: Microsoft Corp. = Microsoft, Azure wrong; IOF = Israeli occupation forces (alias), Gaza wrong
    assertThat(r.atK().tp()).isEqualTo(2);
    assertThat(r.atK().fp()).isEqualTo(2);
    assertThat(r.atK().fn()).isEqualTo(3);
    assertThat(r.primary().tp()).isEqualTo(2);
    assertThat(r.primary().fp()).isEqualTo(1);
    assertThat(r.atKByType().perLabel().get("person").fn()).isEqualTo(1);
    assertThat(r.atKByType().perLabel().get("organisation").tp()).isEqualTo(2);
    assertThat(r.atKByType().perLabel().get("unknown").fp()).isEqualTo(2);
    // recall@10: Microsoft, Brad Smith, Israeli occupation forces all found
    assertThat(r.recallAt10PersonOrganisation().recall()).isEqualTo(1.0);
    assertThat(r.recallAt10PersonOrganisation().support()).isEqualTo(3);
  }
}
