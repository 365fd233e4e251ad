package io.tagwire.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tagwire.model.EditorDecision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorFeedbackTest {
  @TempDir
  Path dir;

  private static EditorDecision d(String article, String tag, String decision, String reason) {
    return new EditorDecision(article, tag, decision, reason, null, null, "ed", "2026-11-25T08:00:00Z", "run-1");
  }

  @Test
  void aMissingFileIsNoFeedback() {
    EditorFeedback.Read read = EditorFeedback.read(dir.resolve("decisions.jsonl"));
    assertThat(read.problems()).isEmpty();
    assertThat(read.feedback().isEmpty()).isTrue();
    assertThat(read.feedback().factor("microsoft")).isEqualTo(1.0);
  }

  @Test
  void badLinesAreReportedWithFileAndLineAndSkipped() throws Exception {
    Path f = dir.resolve("decisions.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"articleId\":\"a1\",\"tag\":\"Microsoft\",\"decision\":\"accepted\",\"editor\":\"sam\"}",
        "{\"articleId\":\"a1\",\"tag\":\"Azure\",\"decision\":\"maybe\"}",
        "not json at all",
        "",
        "{\"articleId\":\"a2\",\"decision\":\"rejected\"}",
        "{\"articleId\":\"a2\",\"tag\":\"Gaza\",\"decision\":\"rejected\",\"reason\":\"boring\"}",
        "{\"articleId\":\"a2\",\"tag\":\"Gaza\",\"decision\":\"rejected\",\"reason\":\"wrong\"}") + "\n");
    EditorFeedback.Read read = EditorFeedback.read(f);
    assertThat(read.problems()).hasSize(4);
    assertThat(read.problems().get(0)).startsWith(f + ":2: field 'decision'").contains("'maybe'");
    assertThat(read.problems().get(1)).startsWith(f + ":3: not a JSON object");
    assertThat(read.problems().get(2)).startsWith(f + ":5: field 'tag'");
    assertThat(read.problems().get(3)).startsWith(f + ":6: field 'reason'");
    assertThat(read.feedback().decisions()).isEqualTo(2);
    assertThat(read.feedback().on("a2", "gaza").decision()).isEqualTo(EditorDecision.REJECTED);
  }

  @Test
  void oneRejectionLowersATagWithoutKillingItAndManyLowerItMore() {
    EditorFeedback once = EditorFeedback.of(List.of(d("a1", "Schools", "rejected", "wrong")));
    EditorFeedback often = EditorFeedback.of(List.of(d("a1", "Schools", "rejected", "wrong"), d("a2", "Schools", "rejected", "wrong"),
        d("a3", "Schools", "rejected", "wrong"), d("a4", "Schools", "rejected", "wrong"), d("a5", "Schools", "rejected", "wrong")));
    EditorFeedback marginal = EditorFeedback.of(List.of(d("a1", "Schools", "rejected", "marginal")));
    EditorFeedback liked = EditorFeedback.of(List.of(d("a1", "Schools", "accepted", null)));
    assertThat(once.factor("school")).isCloseTo(0.8, within(1e-9));
    assertThat(often.factor("school")).isCloseTo(0.4444, within(1e-3));
    assertThat(marginal.factor("school")).isBetween(once.factor("school"), 1.0);
    assertThat(liked.factor("school")).isGreaterThan(1.0).isLessThanOrEqualTo(EditorFeedback.MAX_BOOST);
    assertThat(once.factor("gaza")).isEqualTo(1.0);
  }

  @Test
  void theLastDecisionOnAnArticleCounts() {
    EditorFeedback f = EditorFeedback.of(List.of(d("a1", "Azure", "rejected", "wrong"), d("a1", "Azure", "accepted", null)));
    assertThat(f.on("a1", "azure").decision()).isEqualTo(EditorDecision.ACCEPTED);
    assertThat(f.factor("azure")).isGreaterThan(1.0);
  }

  @Test
  void addedTagsJoinTheVocabularyWithTheArticlesWordingAsAlias() {
    EditorFeedback f = EditorFeedback.of(List.of(new EditorDecision("a1", "Brad Smith", "added", null, "person",
        "Microsoft's president", "ed", "2026-11-25T08:00:00Z", "run-1")));
    Vocabulary v = f.extend(Vocabulary.empty());
    assertThat(v.find("Microsoft's president").tag()).isEqualTo("Brad Smith");
    assertThat(v.find("Brad Smith").type()).isEqualTo(TagType.PERSON);
  }
}
