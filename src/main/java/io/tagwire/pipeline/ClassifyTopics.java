package io.tagwire.pipeline;

import io.tagwire.classify.TopicModel;
import io.tagwire.classify.TopicModelFile;
import io.tagwire.config.TagwireHome;
import io.tagwire.config.TopicsConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * Stage {@code topics}: the sections of each English article, best first, every label scoring at
 * least {@code topics.threshold} (at most {@code topics.maxLabels}). The classifier reads English
 * text (its embedding model is English), so other languages get no topics. The model loads once
 * per JVM and is shared by all worker threads.
 */
public record ClassifyTopics(TopicsConfig config) implements ArticleStep.Factory {
  @Override
  public ArticleStep create() {
    Path file = TagwireHome.resolve(config.model());
    TopicModel model = TopicModelFile.shared(file);
    double threshold = config.threshold();
    int maxLabels = config.maxLabels();
    return a -> a.isEnglish()
        ? a.withTopics(model.classify(a.article().title(), a.article().body(), threshold, maxLabels))
        : a.withTopics(List.of());
  }
}
