package io.tagwire.tagging;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * In how many articles of the corpus (tonight's batch plus the archive) each candidate key
 * occurs, kept compact: sorted keys with their counts, only for keys in two or more articles
 * (a key of one article is looked up as 1, since the article asking has it). Immutable.
 */
public final class DocumentFrequencies implements Serializable {
  private final long documents;
  private final String[] keys;
  private final int[] counts;

  private DocumentFrequencies(long documents, String[] keys, int[] counts) {
    this.documents = documents;
    this.keys = keys;
    this.counts = counts;
  }

  public static final DocumentFrequencies NONE = new DocumentFrequencies(0, new String[0], new int[0]);

  /** From counts per key (keys seen once may be left out) and the number of documents. */
  public static DocumentFrequencies of(long documents, Map<String, Long> counts) {
    TreeMap<String, Long> sorted = new TreeMap<>();
    counts.forEach((k, v) -> {
      if (v > 1) {
        sorted.put(k, v);
      }
    });
    String[] keys = sorted.keySet().toArray(String[]::new);
    int[] n = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      n[i] = (int) Math.min(Integer.MAX_VALUE, sorted.get(keys[i]));
    }
    return new DocumentFrequencies(documents, keys, n);
  }

  /**
   * The term that every document has once, so that counting terms also counts documents: a run
   * counts documents and terms in one pass ({@code pipeline.SuggestTags}). No candidate key is empty.
   */
  public static final String DOCUMENT = "";

  /**
   * From document frequencies per term, where {@link #DOCUMENT} carries the number of documents.
   */
  public static DocumentFrequencies fromCounts(Map<String, Long> counts) {
    long documents = counts.getOrDefault(DOCUMENT, 0L);
    Map<String, Long> terms = new TreeMap<>(counts);
    terms.remove(DOCUMENT);
    return of(documents, terms);
  }

  /** Counts the terms of each document (each document's terms distinct). */
  public static DocumentFrequencies count(Collection<? extends Collection<String>> documentTerms) {
    Map<String, Long> counts = new TreeMap<>();
    for (Collection<String> terms : documentTerms) {
      for (String t : new java.util.TreeSet<>(terms)) {
        counts.merge(t, 1L, Long::sum);
      }
    }
    return of(documentTerms.size(), counts);
  }

  public long documents() {
    return documents;
  }

  public int distinctTerms() {
    return keys.length;
  }

  /** Articles containing the key, at least 1 (the article asking). */
  public long frequency(String key) {
    int i = Arrays.binarySearch(keys, key);
    return i >= 0 ? counts[i] : 1;
  }

  /**
   * How specific a key is to few articles, in [0, 1]: {@code ln(1 + N/df) / ln(1 + N)}. 1 for a
   * key in one article, falling towards 0 as it appears everywhere; 1 for every key when the
   * corpus is a single article (no evidence either way).
   */
  public double specificity(String key) {
    long n = Math.max(1, documents);
    long df = Math.min(n, frequency(key));
    return Math.log1p((double) n / df) / Math.log1p(n);
  }
}
