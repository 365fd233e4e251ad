package io.tagwire.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {
  @Test
  void rareKeysAreSpecificCommonOnesAreNot() {
    DocumentFrequencies df = DocumentFrequencies.count(List.of(
        List.of("mass surveillance", "official"), List.of("official", "cloud computing"), List.of("official"),
        List.of("official", "cloud computing")));
    assertThat(df.documents()).isEqualTo(4);
    assertThat(df.frequency("official")).isEqualTo(4);
    assertThat(df.frequency("mass surveillance")).isEqualTo(1);
    assertThat(df.frequency("never seen")).isEqualTo(1);
    assertThat(df.specificity("mass surveillance")).isEqualTo(1.0);
    assertThat(df.specificity("cloud computing")).isCloseTo(Math.log(3) / Math.log(5), within(1e-9));
    assertThat(df.specificity("official")).isLessThan(df.specificity("cloud computing"));
  }

  @Test
  void theDocumentTermCountsDocumentsAndOnlyRepeatedKeysAreKept() {
    DocumentFrequencies df = DocumentFrequencies.fromCounts(Map.of(DocumentFrequencies.DOCUMENT, 240L, "gaza", 30L, "rare", 1L));
    assertThat(df.documents()).isEqualTo(240);
    assertThat(df.distinctTerms()).isEqualTo(1);
    assertThat(df.frequency("gaza")).isEqualTo(30);
  }

  @Test
  void oneArticleAloneGivesNoEvidenceEitherWay() {
    DocumentFrequencies df = DocumentFrequencies.count(List.of(List.of("anything")));
    assertThat(df.specificity("anything")).isEqualTo(1.0);
    assertThat(DocumentFrequencies.NONE.specificity("x")).isEqualTo(1.0);
  }
}
