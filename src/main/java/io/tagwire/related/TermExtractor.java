package io.tagwire.related;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * The words of an article as related-article scoring sees them. {@link #words} gives the
 * normalised word sequence that shingles are cut from (every word, stop words included, so that
 * two copies of a text agree word for word); {@link #terms} gives the weighted content terms of the
 * TF-IDF vector: stop words and pure numbers dropped, the rest reduced to Snowball (Porter2)
 * stems, title words counted {@value #TITLE_WEIGHT} times.
 *
 * <p>Tokenisation is our own and deliberately plain (runs of letters and digits, apostrophes kept
 * inside words, a trailing {@code 's} removed) rather than the {@code tokenize} stage's OpenNLP
 * tokens: the archive keeps terms for months, and they must not change when a tokenizer model
 * does. Not thread-safe (the stemmer keeps state): one instance per thread.
 */
public final class TermExtractor {
  public static final int TITLE_WEIGHT = 2;

  /** Content terms, sorted, with their weighted counts and the most frequent written form of each. */
  public record Terms(String[] terms, int[] counts, String[] surfaces) {}

  private final Set<String> stopwords;
  private final int maxTerms;
  private final SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);

  public TermExtractor(Set<String> stopwords, int maxTerms) {
    this.stopwords = stopwords;
    this.maxTerms = maxTerms;
  }

  /** Words of a text in order, lower-cased, typographic apostrophes made plain, trailing 's cut. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    forEachWord(text, (w, original) -> out.add(w));
    return out;
  }

  /** Title words, then body words: the sequence shingles are taken from. */
  public static List<String> words(String title, String body) {
    List<String> out = words(title == null ? "" : title);
    out.addAll(words(body == null ? "" : body));
    return out;
  }

  public Terms terms(String title, String body) {
    Map<String, int[]> counts = new HashMap<>();
    Map<String, Map<String, Integer>> forms = new HashMap<>();
    count(title, TITLE_WEIGHT, counts, forms);
    count(body, 1, counts, forms);
    List<Map.Entry<String, int[]>> entries = new ArrayList<>(counts.entrySet());
    if (entries.size() > maxTerms) {
      // Long texts keep their most frequent terms; ties by term so the cut is deterministic.
      entries.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
          ? Integer.compare(b.getValue()[0], a.getValue()[0]) : a.getKey().compareTo(b.getKey()));
      entries = entries.subList(0, maxTerms);
    }
    entries.sort(Map.Entry.comparingByKey());
    String[] terms = new String[entries.size()];
    int[] tf = new int[entries.size()];
    String[] surfaces = new String[entries.size()];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = entries.get(i).getKey();
      tf[i] = entries.get(i).getValue()[0];
      surfaces[i] = mostFrequent(forms.get(terms[i]));
    }
    return new Terms(terms, tf, surfaces);
  }

  private void count(String text, int weight, Map<String, int[]> counts, Map<String, Map<String, Integer>> forms) {
    if (text == null) {
      return;
    }
    forEachWord(text, (w, original) -> {
      if (w.length() < 2 || stopwords.contains(w) || !hasLetter(w)) {
        return;
      }
      String stem = stem(w);
      counts.computeIfAbsent(stem, k -> new int[1])[0] += weight;
      forms.computeIfAbsent(stem, k -> new HashMap<>()).merge(original, 1, Integer::sum);
    });
  }

  private String stem(String w) {
    // Apostrophes inside a word (o'brien) are kept in the term but not shown to the stemmer.
    CharSequence s = stemmer.stem(w.replace("'", ""));
    return s.toString();
  }

  private static String mostFrequent(Map<String, Integer> forms) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : forms.entrySet()) {
      if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  private static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  interface WordSink {
    void word(String normalised, String original);
  }

  /** Runs of letters and digits; an apostrophe between two letters stays inside the word. */
  static void forEachWord(String text, WordSink sink) {
    int n = text.length();
    int i = 0;
    StringBuilder w = new StringBuilder();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      w.setLength(0);
      while (i < n) {
        cp = text.codePointAt(i);
        if (Character.isLetterOrDigit(cp)) {
          w.appendCodePoint(cp);
          i += Character.charCount(cp);
        } else if ((cp == '\'' || cp == '\u2019') && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))
            && w.length() > 0) {
          w.append('\'');
          i++;
        } else {
          break;
        }
      }
      String original = w.toString();
      if (original.endsWith("'s") || original.endsWith("'S")) {
        original = original.substring(0, original.length() - 2);
      }
      if (!original.isEmpty()) {
        sink.word(original.toLowerCase(Locale.ROOT), original);
      }
    }
  }
}
