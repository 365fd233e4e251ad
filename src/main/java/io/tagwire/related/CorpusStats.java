package io.tagwire.related;

import java.io.Serializable;
import java.util.Map;

/**
 * Document frequencies over tonight's batch and the archive, and the inverse document frequency
 * derived from them: {@code idf(k) = ln((N + 1) / df(k))} with N the number of documents and df
 * clamped to [1, N]. The +1 keeps a term that every document shares just above zero, so tiny
 * batches (tests, one-night runs) still score; on a real archive it changes nothing visible.
 */
public interface CorpusStats extends Serializable {
  long documents();

  /** Documents that have the key (term or entity key of {@link IndexKeys}); 0 when none. */
  long df(String key);

  default double idf(String key) {
    return idf(documents(), df(key));
  }

  static double idf(long documents, long df) {
    long d = Math.max(1, Math.min(df, documents));
    return Math.log((documents + 1.0) / d);
  }

  static CorpusStats of(Map<String, ? extends Number> df, long documents) {
    return new MapStats(df, documents);
  }

  record MapStats(Map<String, ? extends Number> frequencies, long documents) implements CorpusStats {
    @Override
    public long df(String key) {
      Number n = frequencies.get(key);
      return n == null ? 0 : n.longValue();
    }
  }
}
