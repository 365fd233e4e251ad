package io.tagwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.classify.EmbeddingTable;
import io.tagwire.classify.TopicExample;
import io.tagwire.classify.TopicManifest;
import io.tagwire.classify.TopicModelFile;
import io.tagwire.classify.TopicParams;
import io.tagwire.classify.TopicTrainer;
import io.tagwire.config.TopicsConfig;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.Article;
import io.tagwire.model.Label;
import io.tagwire.model.LanguageInfo;
import io.tagwire.model.SourceRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyTopicsTest {
  @TempDir
  static Path dir;
  static Path model;

  @BeforeAll
  static void trainModel() throws Exception {
    List<TopicExample> corpus = new ArrayList<>();
    String[] sports = {"The striker scored twice and the team won the league match.", "The champion won the tennis final in straight sets.",
        "The coach praised the players after the cup victory.", "The sprinter won gold at the athletics championships."};
    String[] economy = {"The central bank raised interest rates to fight inflation.", "Shares fell after the company cut its profit forecast.",
        "Unemployment fell as employers added jobs.", "The trade deficit widened as exports fell."};
    for (int i = 0; i < 4; i++) {
      corpus.add(new TopicExample("s" + i, "Sports", "Sport " + i, sports[i], "id:s" + i, "t"));
      corpus.add(new TopicExample("e" + i, "Economy", "Business " + i, economy[i], "id:e" + i, "t"));
    }
    TopicParams params = TopicParams.defaults();
    model = dir.resolve("topics.model");
    TopicModelFile.write(TopicTrainer.train(corpus, params, EmbeddingTable.compute(corpus, params, 1),
        new TopicManifest.Training(List.of(), "", 8, Map.of(), Map.of())), model);
  }

  private static AnnotatedArticle article(String id, String title, String body) {
    return AnnotatedArticle.of(new Article(id, title, body, null, null, null, null, null, null, null, null, null),
        new SourceRef("test.jsonl", 1), "hash");
  }

  @Test
  void fillsTopicsBestFirstWithScoresInZeroOne() throws Exception {
    ArticleStep step = new ClassifyTopics(new TopicsConfig(model.toString(), 0.0, 5)).create();
    AnnotatedArticle out = step.apply(article("x", "Cup final won in extra time", "The team won the cup final after the striker scored a late goal.")
        .withLanguage(new LanguageInfo("en", 0.99, null)));

    List<Label> topics = out.topics();
    assertThat(topics).hasSize(2);
    assertThat(topics.get(0).label()).isEqualTo("Sports");
    assertThat(topics).allSatisfy(l -> assertThat(l.score()).isBetween(0.0, 1.0));
    assertThat(topics.get(0).score()).isGreaterThanOrEqualTo(topics.get(1).score());
    assertThat(topics).allSatisfy(l -> assertThat(l.evidence()).isNull());
  }

  @Test
  void thresholdAndMaxLabelsLimitTheList() throws Exception {
    ArticleStep step = new ClassifyTopics(new TopicsConfig(model.toString(), 0.5, 1)).create();
    AnnotatedArticle out = step.apply(article("x", "Rates rise", "The central bank raised interest rates as inflation rose."));
    assertThat(out.topics()).extracting(Label::label).containsExactly("Economy");
    assertThat(out.topics().get(0).score()).isGreaterThanOrEqualTo(0.5);
  }

  @Test
  void nonEnglishArticlesGetNoTopics() throws Exception {
    ArticleStep step = new ClassifyTopics(new TopicsConfig(model.toString(), 0.0, 5)).create();
    AnnotatedArticle out = step.apply(article("x", "Finale de la coupe", "L'équipe a gagné la finale de la coupe après prolongation.")
        .withLanguage(new LanguageInfo("fr", 0.98, null)));
    assertThat(out.topics()).isEmpty();
  }
}
