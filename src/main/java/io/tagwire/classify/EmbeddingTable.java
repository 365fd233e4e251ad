package io.tagwire.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Embeddings of a set of training articles, computed once (on {@code threads} threads) and reused
 * by every cross-validation fold. Each article is embedded on its own, so the values do not depend
 * on the number of threads.
 */
public final class EmbeddingTable {
  private final Map<TopicExample, float[]> byExample;

  private EmbeddingTable(Map<TopicExample, float[]> byExample) {
    this.byExample = byExample;
  }

  public static EmbeddingTable compute(List<TopicExample> examples, TopicParams params, int threads) {
    Map<TopicExample, float[]> out = new HashMap<>();
    if (!params.usesEmbeddings()) {
      return new EmbeddingTable(out);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<float[]>> futures = new ArrayList<>();
      for (TopicExample e : examples) {
        futures.add(pool.submit(() -> TopicModel.embedArticle(params, e.title(), e.body())));
      }
      for (int i = 0; i < examples.size(); i++) {
        out.put(examples.get(i), futures.get(i).get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while embedding", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("embedding failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new EmbeddingTable(out);
  }

  /** The example's embedding (null when the parameters use none). */
  public float[] get(TopicExample e) {
    return byExample.get(e);
  }
}
