package io.tagwire.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticFitTest {
  @Test
  void recoversTheWeightsThatGeneratedTheLabels() {
    double[] truth = {-1.0, 2.0, -0.5};
    Random random = new Random(42);
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      double[] row = {1.0, random.nextGaussian(), random.nextDouble() < 0.5 ? 1 : 0};
      x.add(row);
      y.add(random.nextDouble() < TagFeatures.logistic(truth, row));
    }
    double[] w = LogisticFit.fit(x, y);
    assertThat(w[0]).isCloseTo(-1.0, within(0.1));
    assertThat(w[1]).isCloseTo(2.0, within(0.1));
    assertThat(w[2]).isCloseTo(-0.5, within(0.1));
  }

  @Test
  void aFeatureThatNeverFiresGetsWeightZero() {
    List<double[]> x = List.of(new double[] {1, 1, 0}, new double[] {1, 0, 0}, new double[] {1, 1, 0}, new double[] {1, 0, 0});
    List<Boolean> y = List.of(true, false, true, false);
    assertThat(LogisticFit.fit(x, y)[2]).isZero();
  }
}
