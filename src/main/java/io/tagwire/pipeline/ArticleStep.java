package io.tagwire.pipeline;

import io.tagwire.model.AnnotatedArticle;
import java.io.Serializable;

/**
 * One enrichment step on one article, in plain Java: the NLP classes do the work, this only
 * adapts them. Made once per DoFn instance (per worker thread), so a step may hold non-thread-safe
 * tools (OpenNLP {@code *ME}); shared models come from per-JVM holders.
 */
public interface ArticleStep {
  AnnotatedArticle apply(AnnotatedArticle article) throws Exception;

  /** A serialisable recipe for a step, shipped to workers and called in {@code @Setup}. */
  interface Factory extends Serializable {
    ArticleStep create();
  }
}
