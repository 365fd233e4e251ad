package io.tagwire.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.model.Label;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegionEvaluationTest {
  @Test
  void scoresEveryRegionAndTheBestOne() {
    RegionEvaluation e = new RegionEvaluation(Set.of("Africa", "Europe", "MENA", "Palestine"));
    e.add(List.of("Palestine"), List.of(new Label("Palestine", 1.0, List.of("Gaza"))));
    e.add(List.of("MENA", "Europe"), List.of(new Label("Europe", 1.0, List.of()), new Label("Africa", 0.4, List.of())));
    e.add(List.of("Africa"), List.of(new Label("MENA", 1.0, List.of())));
    e.add(List.of("Europe"), List.of());

    assertThat(e.articles()).isEqualTo(4);
    assertThat(e.top1Accuracy()).isEqualTo(0.5);
    assertThat(e.noRegion()).isEqualTo(1);
    assertThat(e.labels().perLabel().get("Europe").tp()).isEqualTo(1);
    assertThat(e.labels().perLabel().get("Europe").fn()).isEqualTo(1);
    assertThat(e.labels().perLabel().get("MENA").fp()).isEqualTo(1);
    assertThat(e.labels().perLabel().get("MENA").fn()).isEqualTo(1);
    assertThat(e.labels().perLabel().get("Africa").fp()).isEqualTo(1);
    // The matched gold region is the row when the best prediction is among the gold ones.
    assertThat(e.confusion().get("Europe", "Europe")).isEqualTo(1);
    assertThat(e.confusion().get("Africa", "MENA")).isEqualTo(1);
    assertThat(e.confusion().get("Europe", RegionEvaluation.NONE)).isEqualTo(1);
  }
}
