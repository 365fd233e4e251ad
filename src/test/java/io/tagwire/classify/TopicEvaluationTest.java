package io.tagwire.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.tagwire.model.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicEvaluationTest {
  @Test
  void computesAccuracyPerLabelScoresAndConfusionOnAHandMadeSet() throws Exception {
    Set<String> known = Set.of("Sports", "Economy");
    TopicEvaluation ev = new TopicEvaluation(known);
    // gold -> predicted: 3 of 5 right; one gold label (Health) the model does not know.
    ev.add("Sports", "Sports", known);
    ev.add("Sports", "Sports", known);
    ev.add("Sports", "Economy", known);
    ev.add("Economy", "Economy", known);
    ev.add("Health", "Economy", known);

    assertThat(ev.articles()).isEqualTo(5);
    assertThat(ev.correct()).isEqualTo(3);
    assertThat(ev.accuracy()).isEqualTo(0.6);
    // Sports: P 2/2, R 2/3, F1 0.8. Economy: P 1/3, R 1/1, F1 0.5. Health: P 0, R 0/1, F1 0.
    assertThat(ev.scores().perLabel().get("Sports").f1()).isCloseTo(0.8, within(1e-12));
    assertThat(ev.scores().perLabel().get("Economy").precision()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(ev.scores().perLabel().get("Economy").f1()).isCloseTo(0.5, within(1e-12));
    assertThat(ev.scores().perLabel().get("Health").recall()).isEqualTo(0.0);
    assertThat(ev.macroF1()).isCloseTo((0.8 + 0.5 + 0.0) / 3, within(1e-12));
    assertThat(ev.unknownLabels()).containsExactly(java.util.Map.entry("Health", 1));
    assertThat(ev.confusion().get("Sports", "Economy")).isEqualTo(1);
    assertThat(ev.confusion().get("Health", "Economy")).isEqualTo(1);

    String report = ev.report("test");
    assertThat(report).contains("accuracy 0.6000").contains("labels the model does not know (counted as errors): {Health=1}");
    JsonNode json = Json.MAPPER.readTree(Json.write(ev));
    assertThat(json.get("accuracy").asDouble()).isEqualTo(0.6);
    assertThat(json.get("unknownLabels").get("Health").asInt()).isEqualTo(1);
    assertThat(json.get("confusion").get("counts").get("Sports").get("Economy").asInt()).isEqualTo(1);
  }

  @Test
  void foldsKeepAStorysArticlesTogetherAndCoverEveryArticleOnce() {
    List<TopicExample> data = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String label = i % 2 == 0 ? "A" : "B";
      String group = i < 9 ? "story:s" + (i / 3) : "id:" + i;
      data.add(new TopicExample("x" + i, label, "t", "b", group, "f:" + i));
    }
    List<List<TopicExample>> folds = TopicEvaluator.folds(data, 5, 7L);
    assertThat(folds).hasSize(5);
    assertThat(folds.stream().mapToInt(List::size).sum()).isEqualTo(30);
    Set<String> seen = new HashSet<>();
    for (List<TopicExample> fold : folds) {
      fold.forEach(e -> assertThat(seen.add(e.id())).isTrue());
    }
    for (int s = 0; s < 3; s++) {
      String story = "story:s" + s;
      long foldsWithStory = folds.stream().filter(f -> f.stream().anyMatch(e -> e.group().equals(story))).count();
      assertThat(foldsWithStory).isEqualTo(1);
    }
    assertThat(TopicEvaluator.folds(data, 5, 7L)).isEqualTo(folds);
  }

  @Test
  void crossValidationOfTheTrainerScoresEveryArticleOnce() {
    List<TopicExample> corpus = TopicFixtures.corpus();
    TopicParams params = TopicParams.defaults().withMethod(TopicParams.TFIDF);
    TopicEvaluation ev = TopicEvaluator.crossValidate(corpus, 3, 1L,
        TopicEvaluator.trainer(params, EmbeddingTable.compute(corpus, params, 1), java.util.Map.of()));
    assertThat(ev.articles()).isEqualTo(18);
    assertThat(ev.foldAccuracies()).hasSize(3);
    assertThat(ev.confusion().total()).isEqualTo(18);
  }
}
