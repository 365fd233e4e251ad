package io.tagwire.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TfidfVectorizerTest {
  @Test
  void tokensAreLowerCasedWordsWithoutBareNumbers() {
    assertThat(TfidfVectorizer.tokens("The Bank's 2024 profit rose 5% to $3bn; CO2 fell."))
        .containsExactly("the", "bank's", "profit", "rose", "to", "3bn", "co2", "fell");
  }

  @Test
  void vocabularyIsSortedAndVectorsHaveUnitLength() {
    TfidfVectorizer v = TfidfVectorizer.fit(List.of("rates rise again", "rates fall again", "goal wins cup"), 2, 100);
    assertThat(v.terms()).containsExactly("again", "rates");
    SparseVector x = v.transform("Rates rise again and again");
    double norm = 0;
    for (float f : x.values()) {
      norm += f * f;
    }
    assertThat(norm).isCloseTo(1.0, within(1e-6));
    assertThat(v.transform("nothing known here").size()).isZero();
  }
}
