package io.tagwire.related;

import io.tagwire.config.RelatedConfig;
import io.tagwire.config.TagwireHome;
import java.io.Serializable;
import java.util.TreeSet;

/**
 * Everything related-article linking needs on a worker, resolved once on the driver: the
 * configuration and the stop-word list (small enough to ship with the transform). Builds the
 * per-thread and shared helpers.
 */
public record RelatedSettings(RelatedConfig config, TreeSet<String> stopwords) implements Serializable {

  public static RelatedSettings load(RelatedConfig config) {
    return new RelatedSettings(config, Stopwords.load(TagwireHome.resolve(config.stopwords())));
  }

  public LshBands bands() {
    return new LshBands(config.lshBands(), config.lshRows());
  }

  /** Not thread-safe: one per thread. */
  public SignatureBuilder signatureBuilder() {
    return new SignatureBuilder(stopwords, config.maxTerms(), config.shingleSize(), bands());
  }

  public RelatedScorer scorer() {
    return new RelatedScorer(new RelatedScorer.Weights(config.lexicalWeight(), config.entityWeight(),
        config.semanticWeight(), config.halfLifeDays(), config.recencyFloor()));
  }
}
