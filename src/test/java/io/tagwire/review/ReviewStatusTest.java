package io.tagwire.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.model.EditorDecision;
import io.tagwire.model.EnrichedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewStatusTest {
  private final EnrichedArticle tech = ReviewFixture.articles().get(0);

  private static EditorDecision d(String tag, String decision, String reason, String type) {
    return new EditorDecision(ReviewFixture.TECH, tag, decision, reason, type, null, "ed", "t", "r");
  }

  private ArticleRow row(EditorDecision... decisions) {
    DecisionIndex idx = new DecisionIndex();
    idx.addAll(List.of(decisions));
    return ArticleRow.of(tech, idx.forArticle(ReviewFixture.TECH));
  }

  @Test
  void countsBandsAndDecisionsAndDerivesStatus() {
    ArticleRow none = row();
    assertThat(none.primary()).isEqualTo(2);
    assertThat(none.significant()).isEqualTo(2);
    assertThat(none.peripheral()).isEqualTo(1);
    assertThat(none.status()).isEqualTo(ReviewStatus.UNREVIEWED);
    assertThat(none.section()).isEqualTo("Technology");
    assertThat(none.regions()).containsExactly("United States");

    ArticleRow some = row(d("Microsoft", "accepted", null, "organization"), d("Cloud computing", "added", null, "topic"));
    assertThat(some.status()).isEqualTo(ReviewStatus.IN_PROGRESS);
    assertThat(some.accepted()).isEqualTo(1);
    assertThat(some.added()).isEqualTo(1);

    // Peripheral tags are optional; label decisions are not tag decisions.
    ArticleRow all = row(d("microsoft", "accepted", null, null), d("Satya Nadella", "rejected", "wrong", null),
        d("Artificial intelligence", "accepted", null, null), d("Azure", "rejected", "marginal", null),
        d("Technology", "accepted", null, DecisionKey.TOPIC_LABEL));
    assertThat(all.status()).isEqualTo(ReviewStatus.REVIEWED);
    assertThat(all.accepted()).isEqualTo(2);
    assertThat(all.rejected()).isEqualTo(2);
  }

  @Test
  void theLatestDecisionPerTagWins() {
    ArticleRow r = row(d("Microsoft", "accepted", null, null), d("Microsoft", "rejected", "wrong", null));
    assertThat(r.accepted()).isZero();
    assertThat(r.rejected()).isEqualTo(1);
  }
}
