package io.tagwire.related;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The exact score of a candidate pair, a blend of what the two articles share:
 *
 * <pre>
 *   lexical  = cosine of TF-IDF term vectors, w(t) = (1 + ln tf) · idf(t)
 *   entities = cosine of entity vectors,     w(e) = salience(e) · idf(e)
 *   semantic = max(0, cosine of sentence embeddings)
 *   sim      = (wL·lexical + wE·entities + wS·semantic) / (wL + wE + wS)
 *              (a part missing on either side, e.g. no entities, drops out with its weight)
 *   recency  = floor + (1 − floor) · 2^(−|Δ days| / halfLife)   (floor when a date is missing)
 *   score    = sim · recency, rounded to 4 decimals
 * </pre>
 *
 * Every part is symmetric and computed in an order that does not depend on which article comes
 * first (sums run over sorted keys), so score(a, b) == score(b, a) to the bit. The explanation
 * ({@code shared}) lists shared entities by their contribution, then shared suggested tags, then,
 * if fewer than three, the shared terms that weigh most, as written in the first article.
 */
public final class RelatedScorer implements Serializable {

  /** Weights and decay of the blend. */
  public record Weights(double lexical, double entities, double semantic, double halfLifeDays, double recencyFloor)
      implements Serializable {}

  /** A scored pair with its parts, for explanations and tuning. */
  public record PairScore(double score, double lexical, double entities, double semantic, double recency, List<String> shared) {}

  /** An article's weighted vectors under one set of corpus statistics; build once, score many times. */
  public static final class View {
    final ArticleSignature sig;
    final double[] termWeights;
    final double termNorm;
    final double[] entityWeights;
    final double entityNorm;

    View(ArticleSignature sig, CorpusStats stats) {
      this.sig = sig;
      String[] terms = sig.terms();
      int[] tf = sig.termCounts();
      termWeights = new double[terms.length];
      double sq = 0;
      for (int i = 0; i < terms.length; i++) {
        termWeights[i] = (1 + Math.log(tf[i])) * stats.idf(sig.termKeys()[i]);
        sq += termWeights[i] * termWeights[i];
      }
      termNorm = Math.sqrt(sq);
      List<ArticleSignature.EntityWeight> ents = sig.entities();
      entityWeights = new double[ents.size()];
      sq = 0;
      for (int i = 0; i < ents.size(); i++) {
        entityWeights[i] = ents.get(i).salience() * stats.idf(sig.entityKeys()[i]);
        sq += entityWeights[i] * entityWeights[i];
      }
      entityNorm = Math.sqrt(sq);
    }

    public ArticleSignature signature() {
      return sig;
    }
  }

  public static final int MAX_SHARED = 5;
  private static final int MIN_SHARED_BEFORE_TERMS = 3;
  private static final double SECONDS_PER_DAY = 86_400.0;

  private final Weights weights;

  public RelatedScorer(Weights weights) {
    this.weights = weights;
  }

  public Weights weights() {
    return weights;
  }

  public static View view(ArticleSignature sig, CorpusStats stats) {
    return new View(sig, stats);
  }

  public PairScore score(View a, View b) {
    return score(a, b, true);
  }

  /** The score alone (no explanation): what brute-force comparisons in the benchmark need. */
  public double scoreOnly(View a, View b) {
    return score(a, b, false).score();
  }

  /** The score with its parts but no explanation; {@link #explain} adds one. */
  public PairScore scoreUnexplained(View a, View b) {
    return score(a, b, false);
  }

  public PairScore explain(PairScore s, View a, View b) {
    return new PairScore(s.score(), s.lexical(), s.entities(), s.semantic(), s.recency(), shared(a, b));
  }

  private PairScore score(View a, View b, boolean explain) {
    double lexical = termCosine(a, b);
    double num = weights.lexical() * lexical;
    double den = weights.lexical();
    double entities = 0;
    if (a.entityNorm > 0 && b.entityNorm > 0) {
      entities = entityCosine(a, b);
      num += weights.entities() * entities;
      den += weights.entities();
    }
    double semantic = 0;
    float[] ea = a.sig.embedding();
    float[] eb = b.sig.embedding();
    if (weights.semantic() > 0 && ea != null && eb != null && ea.length == eb.length && ea.length > 0) {
      semantic = Math.max(0, embeddingCosine(ea, eb));
      num += weights.semantic() * semantic;
      den += weights.semantic();
    }
    double sim = den == 0 ? 0 : num / den;
    double recency = recency(a.sig.publishedSecond(), b.sig.publishedSecond());
    double score = Math.round(sim * recency * 10_000) / 10_000.0;
    return new PairScore(score, lexical, entities, semantic, recency, explain ? shared(a, b) : List.of());
  }

  double recency(long secondA, long secondB) {
    return recency(secondA, secondB, weights);
  }

  /** The recency factor of the score (symmetric; the floor when a date is missing). */
  public static double recency(long secondA, long secondB, Weights weights) {
    double floor = weights.recencyFloor();
    if (secondA == Long.MIN_VALUE || secondB == Long.MIN_VALUE) {
      return floor;
    }
    double days = Math.abs((double) secondA - secondB) / SECONDS_PER_DAY;
    return floor + (1 - floor) * Math.pow(2, -days / weights.halfLifeDays());
  }

  private static double termCosine(View a, View b) {
    if (a.termNorm == 0 || b.termNorm == 0) {
      return 0;
    }
    double[] dot = {0};
    forEachShared(a.sig.terms(), b.sig.terms(), (i, j) -> dot[0] += a.termWeights[i] * b.termWeights[j]);
    return clamp(dot[0] / (a.termNorm * b.termNorm));
  }

  private static double entityCosine(View a, View b) {
    double[] dot = {0};
    forEachShared(a.sig.entityKeys(), b.sig.entityKeys(), (i, j) -> dot[0] += a.entityWeights[i] * b.entityWeights[j]);
    return clamp(dot[0] / (a.entityNorm * b.entityNorm));
  }

  /** Receives the positions of one key both sorted arrays hold. */
  private interface SharedKey {
    void at(int i, int j);
  }

  /** Walks two sorted key arrays together, once, calling {@code shared} for every common key. */
  private static void forEachShared(String[] ka, String[] kb, SharedKey shared) {
    int i = 0;
    int j = 0;
    while (i < ka.length && j < kb.length) {
      int c = ka[i].compareTo(kb[j]);
      if (c == 0) {
        shared.at(i++, j++);
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
  }

  private static double embeddingCosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      na += (double) a[i] * a[i];
      nb += (double) b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : clamp(dot / (Math.sqrt(na) * Math.sqrt(nb)));
  }

  private static double clamp(double x) {
    return Math.max(0, Math.min(1, x));
  }

  /** What explains the link, from a's side: entities, then tags, then (if few) terms. */
  static List<String> shared(View a, View b) {
    record Item(String label, double weight) {}
    Set<String> out = new LinkedHashSet<>();
    Set<String> lower = new java.util.HashSet<>();
    Set<String> words = new java.util.HashSet<>();

    List<Item> entities = new ArrayList<>();
    List<ArticleSignature.EntityWeight> ea = a.sig.entities();
    forEachShared(a.sig.entityKeys(), b.sig.entityKeys(),
        (i, j) -> entities.add(new Item(ea.get(i).name(), a.entityWeights[i] * b.entityWeights[j])));
    entities.sort(Comparator.comparingDouble(Item::weight).reversed().thenComparing(Item::label));
    // A one-word name that is a word of another shared name ("Litani" beside "Litani River",
    // "Rotich" beside "Brian Rotich": two canonical entities of one thing) is not repeated.
    Set<String> wordsOfLongerNames = new java.util.HashSet<>();
    for (Item it : entities) {
      String[] w = it.label().toLowerCase(Locale.ROOT).split("\\s+");
      if (w.length > 1) {
        wordsOfLongerNames.addAll(java.util.Arrays.asList(w));
      }
    }
    for (Item it : entities) {
      String l = it.label().toLowerCase(Locale.ROOT);
      if (!l.contains(" ") && wordsOfLongerNames.contains(l)) {
        continue;
      }
      add(out, lower, words, it.label());
    }

    Set<String> tagsB = new java.util.HashSet<>();
    b.sig.tags().forEach(t -> tagsB.add(t.toLowerCase(Locale.ROOT)));
    for (String t : a.sig.tags()) {
      if (tagsB.contains(t.toLowerCase(Locale.ROOT))) {
        add(out, lower, words, t);
      }
    }

    if (out.size() < MIN_SHARED_BEFORE_TERMS) {
      List<Item> terms = new ArrayList<>();
      String[] ta = a.sig.terms();
      String[] surfaces = a.sig.termSurfaces();
      forEachShared(ta, b.sig.terms(),
          (i, j) -> terms.add(new Item(surfaces == null ? ta[i] : surfaces[i], a.termWeights[i] * b.termWeights[j])));
      terms.sort(Comparator.comparingDouble(Item::weight).reversed().thenComparing(Item::label));
      for (Item it : terms) {
        if (out.size() >= MIN_SHARED_BEFORE_TERMS || it.weight() <= 0) {
          break;
        }
        // A term already said by an entity ("Rotich" after "Brian Rotich") adds nothing.
        if (!words.contains(it.label().toLowerCase(Locale.ROOT))) {
          add(out, lower, words, it.label());
        }
      }
    }
    List<String> list = new ArrayList<>(out);
    return list.size() > MAX_SHARED ? list.subList(0, MAX_SHARED) : list;
  }

  /** Adds a label unless one equal to it (case-insensitively) is listed already. */
  private static void add(Set<String> out, Set<String> lower, Set<String> words, String label) {
    String l = label.toLowerCase(Locale.ROOT);
    if (!lower.add(l)) {
      return;
    }
    out.add(label);
    for (String w : l.split("\\s+")) {
      words.add(w);
    }
  }
}
