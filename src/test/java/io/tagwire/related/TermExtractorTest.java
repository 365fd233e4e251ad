package io.tagwire.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermExtractorTest {
  private final TermExtractor extractor = new TermExtractor(Set.of("the", "of", "in", "said", "a"), 300);

  @Test
  void wordsAreLowerCasedWithPossessivesAndTypographicApostrophesNormalised() {
    assertThat(TermExtractor.words("Turkey’s 5G rollout: O'Brien's “plan”, don’t stop."))
        .containsExactly("turkey", "5g", "rollout", "o'brien", "plan", "don't", "stop");
  }

  @Test
  void termsAreStemmedCountedWithTitleWeightAndStopWordsAndNumbersDropped() {
    TermExtractor.Terms t = extractor.terms("Doctors strike", "The doctors said the strike of 2026 continues in England.");
    assertThat(t.terms()).containsExactly("continu", "doctor", "england", "strike");
    // title words count TITLE_WEIGHT times, body words once
    assertThat(t.counts()).containsExactly(1, 1 + TermExtractor.TITLE_WEIGHT, 1, 1 + TermExtractor.TITLE_WEIGHT);
    assertThat(t.surfaces()).containsExactly("continues", "Doctors", "England", "strike");
  }

  @Test
  void longTextsKeepTheirMostFrequentTerms() {
    TermExtractor small = new TermExtractor(Set.of(), 2);
    TermExtractor.Terms t = small.terms(null, "zebra zebra zebra apple apple mango kiwi");
    assertThat(t.terms()).containsExactly("appl", "zebra");
    assertThat(Arrays.stream(t.counts()).sum()).isEqualTo(5);
  }
}
