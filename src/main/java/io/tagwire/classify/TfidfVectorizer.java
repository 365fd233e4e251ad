package io.tagwire.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Word 1- and 2-gram TF-IDF features: lower-cased letter/digit runs (tokens made only of digits
 * are dropped: years and counts say little about a section), sublinear term frequency
 * {@code 1 + ln(tf)}, smoothed idf {@code ln((1 + n) / (1 + df)) + 1}, and L2 normalisation.
 * The vocabulary keeps n-grams seen in at least {@code minDf} training documents, at most
 * {@code maxFeatures} of them (highest document frequency first, ties by the n-gram), stored in
 * sorted order so the same data always gives the same feature indices.
 */
public final class TfidfVectorizer {
  private final String[] terms;
  private final float[] idf;
  private final Map<String, Integer> index;

  public TfidfVectorizer(String[] terms, float[] idf) {
    this.terms = terms;
    this.idf = idf;
    this.index = new HashMap<>(terms.length * 2);
    for (int i = 0; i < terms.length; i++) {
      index.put(terms[i], i);
    }
  }

  public static TfidfVectorizer fit(List<String> documents, int minDf, int maxFeatures) {
    Map<String, Integer> df = new HashMap<>();
    for (String doc : documents) {
      for (String g : new java.util.HashSet<>(ngrams(doc))) {
        df.merge(g, 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> kept = new ArrayList<>();
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      if (e.getValue() >= minDf) {
        kept.add(e);
      }
    }
    kept.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue());
    if (kept.size() > maxFeatures) {
      kept = kept.subList(0, maxFeatures);
    }
    TreeMap<String, Integer> vocab = new TreeMap<>();
    for (Map.Entry<String, Integer> e : kept) {
      vocab.put(e.getKey(), e.getValue());
    }
    String[] terms = vocab.keySet().toArray(String[]::new);
    float[] idf = new float[terms.length];
    int n = documents.size();
    for (int i = 0; i < terms.length; i++) {
      idf[i] = (float) (Math.log((1.0 + n) / (1.0 + vocab.get(terms[i]))) + 1.0);
    }
    return new TfidfVectorizer(terms, idf);
  }

  public SparseVector transform(String document) {
    Map<Integer, Integer> tf = new TreeMap<>();
    for (String g : ngrams(document)) {
      Integer i = index.get(g);
      if (i != null) {
        tf.merge(i, 1, Integer::sum);
      }
    }
    int[] idx = new int[tf.size()];
    float[] val = new float[tf.size()];
    double norm = 0;
    int k = 0;
    for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
      idx[k] = e.getKey();
      double v = (1.0 + Math.log(e.getValue())) * idf[e.getKey()];
      val[k] = (float) v;
      norm += v * v;
      k++;
    }
    if (norm > 0) {
      float inv = (float) (1.0 / Math.sqrt(norm));
      for (int i = 0; i < val.length; i++) {
        val[i] *= inv;
      }
    }
    return new SparseVector(idx, val);
  }

  /** Unigrams and bigrams of the document's tokens. */
  static List<String> ngrams(String text) {
    List<String> tokens = tokens(text);
    List<String> out = new ArrayList<>(tokens.size() * 2);
    out.addAll(tokens);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      out.add(tokens.get(i) + " " + tokens.get(i + 1));
    }
    return out;
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int n = lower.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(lower.charAt(i))) {
        i++;
      }
      int start = i;
      boolean letter = false;
      while (i < n && (Character.isLetterOrDigit(lower.charAt(i))
          || (lower.charAt(i) == '\'' || lower.charAt(i) == '\u2019') && i + 1 < n && Character.isLetter(lower.charAt(i + 1)) && i > start)) {
        letter |= Character.isLetter(lower.charAt(i));
        i++;
      }
      if (i > start && letter) {
        out.add(lower.substring(start, i).replace('\u2019', '\''));
      }
    }
    return out;
  }

  public String[] terms() {
    return terms;
  }

  public float[] idf() {
    return idf;
  }

  public int dimension() {
    return terms.length;
  }

  @Override
  public String toString() {
    return "TfidfVectorizer" + Arrays.toString(Arrays.copyOf(terms, Math.min(5, terms.length)));
  }
}
