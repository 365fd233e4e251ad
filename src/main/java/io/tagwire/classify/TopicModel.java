package io.tagwire.classify;

import io.tagwire.model.Label;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A trained section classifier, apply only (training is {@link TopicTrainer}, the file format
 * {@link TopicModelFile}). Thread-safe and immutable: one instance serves every worker thread.
 * Scores are the model's class probabilities (softmax regression; for the ensemble, the weighted
 * mean of the two models' probabilities; mixed with the section-description prior when the model
 * has one), so they lie in [0, 1] and sum to 1 over the labels.
 */
public final class TopicModel {
  /** The TF-IDF part: vectorizer and its softmax weights (null when the method does not use it). */
  public record TfidfPart(TfidfVectorizer vectorizer, SoftmaxRegression.Weights weights) {}

  /** The embedding part: per-dimension standardisation and softmax weights (null when unused). */
  public record EmbeddingPart(float[] mean, float[] scale, SoftmaxRegression.Weights weights) {
    SparseVector standardise(float[] embedding) {
      float[] z = new float[embedding.length];
      for (int i = 0; i < z.length; i++) {
        z[i] = (embedding[i] - mean[i]) / scale[i];
      }
      return SparseVector.dense(z);
    }
  }

  /**
   * The zero-shot prior: one embedded section description per label (class order), the
   * temperature of the softmax over cosine similarities, and the prior's weight in the mixture.
   */
  public record PriorPart(float[][] prototypes, double temperature, double weight) {
    double[] probabilities(float[] articleEmbedding) {
      double[] z = new double[prototypes.length];
      for (int k = 0; k < z.length; k++) {
        double s = 0;
        for (int i = 0; i < articleEmbedding.length; i++) {
          s += prototypes[k][i] * articleEmbedding[i];
        }
        z[k] = s / temperature;
      }
      return SoftmaxRegression.softmax(z);
    }
  }

  private final TopicManifest manifest;
  private final List<String> labels;
  private final TfidfPart tfidf;
  private final EmbeddingPart embedding;
  private final PriorPart prior;

  public TopicModel(TopicManifest manifest, TfidfPart tfidf, EmbeddingPart embedding, PriorPart prior) {
    this.manifest = manifest;
    this.labels = List.copyOf(manifest.labels());
    this.tfidf = tfidf;
    this.embedding = embedding;
    this.prior = prior;
  }

  public TopicManifest manifest() {
    return manifest;
  }

  public List<String> labels() {
    return labels;
  }

  public TopicParams params() {
    return manifest.parameters();
  }

  public TfidfPart tfidf() {
    return tfidf;
  }

  public EmbeddingPart embedding() {
    return embedding;
  }

  public PriorPart prior() {
    return prior;
  }

  public boolean usesEmbeddings() {
    return embedding != null || prior != null;
  }

  /** The text the TF-IDF part reads. */
  static String tfidfText(String title, String body) {
    return (title == null ? "" : title) + "\n" + (body == null ? "" : body);
  }

  /** The article's embedding as this model reads it (the shared embedder; null if unused). */
  public float[] embed(String title, String body) {
    return usesEmbeddings() ? embedArticle(params(), title, body) : null;
  }

  static float[] embedArticle(TopicParams p, String title, String body) {
    ArticleEmbedder e = ArticleEmbedder.shared();
    return p.embedChunks() == 0
        ? e.embedLead(title, body, p.embedTokens())
        : e.embed(title, body, p.embedTokens(), p.embedChunks());
  }

  /** Class probabilities, in the order of {@link #labels()}. */
  public double[] probabilities(String title, String body) {
    return probabilities(title, body, embed(title, body));
  }

  /** Class probabilities with a precomputed embedding (from {@link #embed}; ignored if unused). */
  public double[] probabilities(String title, String body, float[] articleEmbedding) {
    double[] pt = tfidf == null ? null : tfidf.weights().probabilities(tfidf.vectorizer().transform(tfidfText(title, body)));
    double[] pe = embedding == null ? null : embedding.weights().probabilities(embedding.standardise(articleEmbedding));
    double[] p;
    if (pe == null) {
      p = pt;
    } else if (pt == null) {
      p = pe;
    } else {
      double w = params().tfidfWeight();
      p = new double[labels.size()];
      for (int i = 0; i < p.length; i++) {
        p[i] = w * pt[i] + (1 - w) * pe[i];
      }
    }
    if (prior != null) {
      double[] pz = prior.probabilities(articleEmbedding);
      for (int i = 0; i < p.length; i++) {
        p[i] = (1 - prior.weight()) * p[i] + prior.weight() * pz[i];
      }
    }
    return p;
  }

  /** The best label. */
  public String predict(String title, String body) {
    return labels.get(argmax(probabilities(title, body)));
  }

  /** Every label with score >= threshold, best first (ties by label), at most maxLabels. */
  public List<Label> classify(String title, String body, double threshold, int maxLabels) {
    return select(probabilities(title, body), threshold, maxLabels);
  }

  public List<Label> select(double[] p, double threshold, int maxLabels) {
    List<Label> out = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      double score = Math.round(p[i] * 10_000) / 10_000.0;
      if (score >= threshold) {
        out.add(new Label(labels.get(i), score));
      }
    }
    out.sort(Comparator.comparingDouble(Label::score).reversed().thenComparing(Label::label));
    return out.size() > maxLabels ? List.copyOf(out.subList(0, maxLabels)) : out;
  }

  static int argmax(double[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return best;
  }
}
