package io.tagwire.pipeline;

import io.tagwire.classify.RegionClassifier;
import io.tagwire.classify.RegionModel;
import io.tagwire.config.RegionsConfig;

/**
 * Stage {@code regions}: files each article under the regions of the configured region map from
 * the places it names (dateline, entities, gazetteer names in the text). The gazetteer and map
 * load once per JVM; the classifier is thread-safe.
 */
public record ClassifyRegions(RegionsConfig config) implements ArticleStep.Factory {
  @Override
  public ArticleStep create() {
    RegionClassifier classifier = new RegionClassifier(RegionModel.load(config.gazetteer(), config.regionMap()), config);
    return a -> a.withRegions(classifier.classify(a.article().title(), a.article().body(), a.entities()));
  }
}
