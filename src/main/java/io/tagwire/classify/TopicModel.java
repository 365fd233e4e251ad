package io.tagwire.classify;

import io.tagwire.model.Label;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A trained section classifier, apply only (training is {@link TopicTrainer}, the file format
 * {@link TopicModelFile}). Thread-safe and immutable: one instance serves every worker thread.
 * Scores are the model's class probabilities (softmax regression; for the ensemble, the weighted
 * mean of the two models' probabilities), so they lie in [0, 1] and sum to 1 over the labels.
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

  private final TopicManifest manifest;
  private final List<String> labels;
  private final TfidfPart tfidf;
  private final EmbeddingPart embedding;

  public TopicModel(TopicManifest manifest, TfidfPart tfidf, EmbeddingPart embedding) {
    this.manifest = manifest;
    this.labels = List.copyOf(manifest.labels());
    this.tfidf = tfidf;
    this.embedding = embedding;
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

  public boolean usesEmbeddings() {
    return embedding != null;
  }

  /** The text the TF-IDF part reads. */
  static String tfidfText(String title, String body) {
    return (title == null ? "" : title) + "\n" + (body == null ? "" : body);
  }

  /** The article's embedding as this model reads it (the shared embedder; null if unused). */
  public float[] embed(String title, String body) {
    return embedding == null ? null : embedArticle(params(), title, body);
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
    if (pe == null) {
      return pt;
    }
    if (pt == null) {
      return pe;
    }
    double w = params().tfidfWeight();
    double[] p = new double[labels.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = w * pt[i] + (1 - w) * pe[i];
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
