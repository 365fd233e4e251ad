package io.tagwire.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tagwire.model.EditorDecision;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionRequestTest {
  @TempDir
  Path tmp;
  RunFolder run;
  final Instant now = Instant.parse("2026-11-28T08:15:30.123456Z");

  @BeforeEach
  void setUp() throws Exception {
    run = RunFolder.read(ReviewFixture.write(tmp));
  }

  private EditorDecision make(String article, String tag, String decision, String reason, String type) {
    return new DecisionRequest(article, tag, decision, reason, type, null, null).toDecision(run, "night-desk", now);
  }

  @Test
  void fillsTimeRunIdEditorAndTheSuggestionsType() {
    EditorDecision d = make(ReviewFixture.TECH, "  Microsoft ", "accepted", null, null);
    assertThat(d).isEqualTo(new EditorDecision(ReviewFixture.TECH, "Microsoft", "accepted", null, "organization", null,
        "night-desk", "2026-11-28T08:15:30.123Z", ReviewFixture.RUN_ID));
  }

  @Test
  void rejectionsNeedWrongOrMarginalAndOthersNoReason() {
    assertThat(make(ReviewFixture.TECH, "Azure", "rejected", "marginal", null).reason()).isEqualTo("marginal");
    assertThatThrownBy(() -> make(ReviewFixture.TECH, "Azure", "rejected", null, null)).hasMessageContaining("wrong or marginal");
    assertThatThrownBy(() -> make(ReviewFixture.TECH, "Azure", "rejected", "boring", null)).hasMessageContaining("wrong or marginal");
    assertThatThrownBy(() -> make(ReviewFixture.TECH, "Azure", "accepted", "wrong", null)).hasMessageContaining("only rejections");
    assertThatThrownBy(() -> make(ReviewFixture.TECH, "Azure", "maybe", null, null)).hasMessageContaining("accepted, rejected or added");
  }

  @Test
  void refusesUnknownArticlesEmptyOrOddTags() {
    assertThatThrownBy(() -> make("nope", "Azure", "accepted", null, null)).hasMessageContaining("no article 'nope'");
    assertThatThrownBy(() -> make(ReviewFixture.TECH, " ", "added", null, null)).hasMessageContaining("tag: required");
    assertThatThrownBy(() -> make(ReviewFixture.TECH, "a\nb", "added", null, null)).hasMessageContaining("control characters");
    assertThatThrownBy(() -> make(ReviewFixture.TECH, "x".repeat(201), "added", null, null)).hasMessageContaining("at most 200");
  }

  @Test
  void labelDecisionsMustNameOneOfTheArticlesLabelsUnlessAdding() {
    assertThat(make(ReviewFixture.GAZA, "egypt", "rejected", "wrong", DecisionKey.REGION_LABEL).tagType()).isEqualTo("label:region");
    assertThatThrownBy(() -> make(ReviewFixture.GAZA, "France", "rejected", "wrong", DecisionKey.REGION_LABEL))
        .hasMessageContaining("not a region of article 'art-002'");
    assertThat(make(ReviewFixture.GAZA, "Israel", "added", null, DecisionKey.REGION_LABEL).tag()).isEqualTo("Israel");
  }

  @Test
  void anAddedTagKeepsTheTypeTheEditorChose() {
    assertThat(make(ReviewFixture.TECH, "Cloud computing", "added", null, "topic").tagType()).isEqualTo("topic");
    assertThat(make(ReviewFixture.TECH, "Brand new", "added", null, null).tagType()).isNull();
  }
}
