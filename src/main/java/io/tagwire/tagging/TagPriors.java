package io.tagwire.tagging;

import io.tagwire.config.ConfigException;
import io.tagwire.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How often editors tagged each vocabulary tag in the training articles that mention it
 * ({@code models/tags/priors.tsv}: {@code tag	mentioned	tagged}). "Japan" is tagged in nearly every
 * article that names it; "Schools" or "Dates" rarely are, because the words appear in stories
 * about other things. The score uses the smoothed log-odds relative to all tags:
 * {@code shift = logit((tagged + A·p) / (mentioned + A)) - logit(p)}, with {@code p} the rate over
 * all tags and {@code A} = {@value #PSEUDO_COUNT}; a tag without counts gets 0.
 */
public final class TagPriors implements Serializable {
  public static final String HEADER = "tag\tmentioned\ttagged";
  static final double PSEUDO_COUNT = 2.0;
  public static final TagPriors NONE = new TagPriors(Map.of());

  /** collapse key -> {mentioned, tagged}. */
  private final Map<String, int[]> counts;
  private final Map<String, String> tags;
  private final double rate;

  private TagPriors(Map<String, int[]> counts) {
    this(counts, Map.of());
  }

  private TagPriors(Map<String, int[]> counts, Map<String, String> tags) {
    this.counts = new TreeMap<>(counts);
    this.tags = new TreeMap<>(tags);
    long m = 0;
    long t = 0;
    for (int[] c : counts.values()) {
      m += c[0];
      t += c[1];
    }
    this.rate = m == 0 ? 0.5 : Math.min(0.95, Math.max(0.05, (double) t / m));
  }

  /** Counts, over the articles, where each vocabulary tag is written and where editors tagged it. */
  public static TagPriors count(Vocabulary vocabulary, List<Article> articles) {
    VocabularyMatcher matcher = new VocabularyMatcher(vocabulary);
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, String> tags = new TreeMap<>();
    for (Article a : articles) {
      Set<VocabularyEntry> mentioned = new HashSet<>();
      for (VocabularyMatcher.Match m : matcher.find(a.titleOrEmpty())) {
        mentioned.add(m.entry());
      }
      for (VocabularyMatcher.Match m : matcher.find(a.body())) {
        mentioned.add(m.entry());
      }
      Set<VocabularyEntry> tagged = new HashSet<>();
      for (String t : a.tags()) {
        VocabularyEntry e = vocabulary.find(t);
        if (e != null) {
          tagged.add(e);
        }
      }
      for (VocabularyEntry e : mentioned) {
        String key = TagText.collapseKey(e.tag());
        tags.put(key, e.tag());
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0]++;
        if (tagged.contains(e)) {
          c[1]++;
        }
      }
    }
    return new TagPriors(counts, tags);
  }

  /** Log-odds shift of a tag (by collapse key); 0 without counts. */
  public double shift(String key) {
    int[] c = counts.get(key);
    if (c == null) {
      return 0.0;
    }
    double p = (c[1] + PSEUDO_COUNT * rate) / (c[0] + PSEUDO_COUNT);
    return logit(p) - logit(rate);
  }

  /** "editors tagged it in 3 of 10 articles naming it", or null. */
  public String describe(String key) {
    int[] c = counts.get(key);
    return c == null ? null : "tagged in " + c[1] + " of " + c[0] + " earlier articles naming it";
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  public int size() {
    return counts.size();
  }

  /** Reads a priors file; a missing file is no priors. */
  public static TagPriors load(Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      return NONE;
    }
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, String> tags = new TreeMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null || !header.strip().equals(HEADER)) {
        throw new ConfigException(file + ":1: expected the header '" + HEADER.replace("\t", "<TAB>") + "'");
      }
      String line;
      int lineNo = 1;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        int mentioned;
        int tagged;
        try {
          mentioned = Integer.parseInt(cols[1].strip());
          tagged = Integer.parseInt(cols[2].strip());
        } catch (RuntimeException e) {
          throw new ConfigException(file + ":" + lineNo + ": expected tag, mentioned, tagged (two whole numbers), got '"
              + line.replace("\t", "<TAB>") + "'");
        }
        if (cols.length != 3 || mentioned < 0 || tagged < 0 || tagged > mentioned) {
          throw new ConfigException(file + ":" + lineNo + ": expected 3 columns with 0 <= tagged <= mentioned, got '"
              + line.replace("\t", "<TAB>") + "'");
        }
        String key = TagText.collapseKey(cols[0]);
        counts.put(key, new int[] {mentioned, tagged});
        tags.put(key, cols[0].strip());
      }
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read tag priors: " + e.getMessage(), e);
    }
    return new TagPriors(counts, tags);
  }

  public void write(Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Map<String, int[]> byTag = new TreeMap<>();
    counts.forEach((k, c) -> byTag.put(tags.getOrDefault(k, k), c));
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      for (Map.Entry<String, int[]> e : byTag.entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\n");
      }
    }
  }
}
