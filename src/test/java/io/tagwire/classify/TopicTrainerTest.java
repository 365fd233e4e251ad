package io.tagwire.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tagwire.model.Label;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicTrainerTest {
  private static final TopicManifest.Training TRAINING = new TopicManifest.Training(List.of("fixture"), "0", 0, Map.of(), Map.of());
  private static final Map<String, List<String>> DESCRIPTIONS = Map.of(
      "Sports", List.of("A sports news story about matches, teams and players."),
      "Economy", List.of("A business and economy news story about companies, markets and jobs."),
      "Health", List.of("A health news story about doctors, hospitals and diseases."));

  @TempDir
  Path dir;

  private static TopicModel train(TopicParams params) {
    List<TopicExample> corpus = TopicFixtures.corpus();
    return TopicTrainer.train(corpus, params, EmbeddingTable.compute(corpus, params, 2), TRAINING, DESCRIPTIONS);
  }

  @Test
  void trainingTwiceGivesTheSameBytes() throws Exception {
    Path a = dir.resolve("a.model");
    Path b = dir.resolve("b.model");
    TopicModelFile.write(train(TopicParams.defaults()), a);
    TopicModelFile.write(train(TopicParams.defaults()), b);
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(TopicModelFile.id(a)).startsWith("a.model@sha256:")
        .endsWith(TopicModelFile.id(b).substring(TopicModelFile.id(b).indexOf('@')));
  }

  @Test
  void modelRoundTripsThroughItsFile() throws Exception {
    TopicModel trained = train(TopicParams.defaults());
    Path file = dir.resolve("topics.model");
    TopicModelFile.write(trained, file);
    TopicModel read = TopicModelFile.read(file);

    assertThat(read.labels()).containsExactly("Economy", "Health", "Sports");
    assertThat(read.manifest()).isEqualTo(trained.manifest());
    assertThat(read.manifest().training().countsPerLabel()).containsEntry("Sports", 6).containsEntry("Health", 6);
    assertThat(read.manifest().descriptions()).containsOnlyKeys("Economy", "Health", "Sports");
    String title = "Striker scores late winner";
    String body = "The striker scored in the final minute as the team won the league match.";
    assertThat(read.probabilities(title, body)).containsExactly(trained.probabilities(title, body), within(1e-9));
  }

  @Test
  void classifiesUnseenArticlesWithProbabilitiesBestFirst() {
    TopicModel model = train(TopicParams.defaults());
    assertThat(model.predict("Late goal wins the cup final", "The captain scored a late goal and the team won the cup final against their rivals."))
        .isEqualTo("Sports");
    assertThat(model.predict("Inflation rises again", "Prices rose faster than expected and the central bank is expected to raise interest rates."))
        .isEqualTo("Economy");
    assertThat(model.predict("Flu cases fill hospitals", "Doctors said hospitals were full of flu patients and urged older people to get vaccinated."))
        .isEqualTo("Health");

    double[] p = model.probabilities("Late goal wins the cup final", "The captain scored a late goal.");
    for (double x : p) {
      assertThat(x).isBetween(0.0, 1.0);
    }
    assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-9));

    List<Label> labels = model.classify("Late goal wins the cup final", "The captain scored a late goal.", 0.0, 2);
    assertThat(labels).hasSize(2);
    assertThat(labels.get(0).label()).isEqualTo("Sports");
    assertThat(labels.get(0).score()).isGreaterThanOrEqualTo(labels.get(1).score());
  }

  @Test
  void tfidfOnlyModelNeedsNoEmbeddings() throws Exception {
    TopicModel model = train(TopicParams.defaults().withMethod(TopicParams.TFIDF));
    assertThat(model.usesEmbeddings()).isFalse();
    assertThat(model.embedding()).isNull();
    assertThat(model.prior()).isNull();
    Path file = dir.resolve("tfidf.model");
    TopicModelFile.write(model, file);
    assertThat(TopicModelFile.read(file).predict("Bank profits fall", "The bank said profits fell as interest rates and shares dropped."))
        .isEqualTo("Economy");
  }

  @Test
  void priorWeightFadesWithMoreTrainingArticles() {
    TopicModel model = train(TopicParams.defaults());
    // 6 articles per label, descriptions count as 30: weight 30 / (30 + 6).
    assertThat(model.prior().weight()).isCloseTo(30.0 / 36.0, within(1e-6));
    assertThat(model.manifest().priorWeight()).isEqualTo(model.prior().weight());
  }
}
