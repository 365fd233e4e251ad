package io.tagwire.classify;

import io.tagwire.config.ConfigException;
import io.tagwire.config.Versions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains a {@link TopicModel} from labelled articles. Deterministic: labels and vocabulary are
 * sorted, examples are used in input order, and the optimiser draws no random numbers.
 */
public final class TopicTrainer {
  private TopicTrainer() {}

  /**
   * @param embeddings the examples' embeddings (see {@link EmbeddingTable}); unused for method tfidf
   * @param training what to record about the training data in the manifest (files, hash, skipped)
   */
  public static TopicModel train(List<TopicExample> examples, TopicParams params, EmbeddingTable embeddings,
                                 TopicManifest.Training training) {
    return train(examples, params, embeddings, training, Map.of());
  }

  /**
   * @param descriptions section descriptions for the zero-shot prior; used only when every label
   *     has one, the method uses embeddings and {@code priorStrength > 0}
   */
  public static TopicModel train(List<TopicExample> examples, TopicParams params, EmbeddingTable embeddings,
                                 TopicManifest.Training training, Map<String, List<String>> descriptions) {
    TreeSet<String> labelSet = new TreeSet<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (TopicExample e : examples) {
      labelSet.add(e.label());
      counts.merge(e.label(), 1, Integer::sum);
    }
    if (labelSet.size() < 2) {
      throw new ConfigException("training data: expected articles of at least 2 sections, got "
          + (labelSet.isEmpty() ? "none" : "only '" + labelSet.first() + "'"));
    }
    List<String> labels = new ArrayList<>(labelSet);
    int[] ys = new int[examples.size()];
    for (int i = 0; i < ys.length; i++) {
      ys[i] = labels.indexOf(examples.get(i).label());
    }
    SoftmaxRegression.Options tfidfOpts = new SoftmaxRegression.Options(params.tfidfC(), params.maxIterations(), params.tolerance());
    SoftmaxRegression.Options embOpts = new SoftmaxRegression.Options(params.embeddingC(), params.maxIterations(), params.tolerance());

    TopicModel.TfidfPart tfidf = null;
    List<String> features = new ArrayList<>();
    if (params.usesTfidf()) {
      List<String> docs = new ArrayList<>();
      for (TopicExample e : examples) {
        docs.add(TopicModel.tfidfText(e.title(), e.body()));
      }
      TfidfVectorizer v = TfidfVectorizer.fit(docs, params.minDf(), params.maxFeatures());
      List<SparseVector> xs = new ArrayList<>();
      for (String d : docs) {
        xs.add(v.transform(d));
      }
      tfidf = new TopicModel.TfidfPart(v, SoftmaxRegression.train(xs, ys, labels.size(), v.dimension(), tfidfOpts));
      features.add("tfidf: word 1-2-grams of title + body, lower-cased, digit-only tokens dropped, sublinear tf, smoothed idf, L2-normalised; "
          + v.dimension() + " n-grams with df >= " + params.minDf());
    }
    TopicModel.EmbeddingPart emb = null;
    if (params.usesEmbeddings()) {
      List<float[]> raw = new ArrayList<>();
      for (TopicExample e : examples) {
        float[] v = embeddings.get(e);
        if (v == null) {
          throw new IllegalStateException("no embedding for " + e.id());
        }
        raw.add(v);
      }
      float[][] ms = standardisation(raw);
      TopicModel.EmbeddingPart unweighted = new TopicModel.EmbeddingPart(ms[0], ms[1], null);
      List<SparseVector> xs = new ArrayList<>();
      for (float[] v : raw) {
        xs.add(unweighted.standardise(v));
      }
      emb = new TopicModel.EmbeddingPart(ms[0], ms[1],
          SoftmaxRegression.train(xs, ys, labels.size(), ArticleEmbedder.DIMENSION, embOpts));
      features.add("embedding: " + ArticleEmbedder.MODEL_ID + " mean-pooled, "
          + (params.embedChunks() == 0 ? "title + body start, first " + params.embedTokens() + " word pieces"
              : "mean of title and " + params.embedChunks() + " body chunks of " + params.embedTokens() + " word pieces")
          + ", standardised per dimension");
    }
    TopicModel.PriorPart prior = null;
    Map<String, List<String>> used = null;
    if (params.usesEmbeddings() && params.priorStrength() > 0 && descriptions.keySet().containsAll(labels)) {
      used = new TreeMap<>();
      float[][] prototypes = new float[labels.size()][];
      for (int k = 0; k < labels.size(); k++) {
        List<String> sentences = descriptions.get(labels.get(k));
        used.put(labels.get(k), List.copyOf(sentences));
        float[] sum = new float[ArticleEmbedder.DIMENSION];
        for (float[] v : ArticleEmbedder.shared().embedTexts(sentences, 128)) {
          for (int i = 0; i < sum.length; i++) {
            sum[i] += v[i];
          }
        }
        prototypes[k] = ArticleEmbedder.normalise(sum);
      }
      double perLabel = (double) examples.size() / labels.size();
      double weight = Math.round(params.priorStrength() / (params.priorStrength() + perLabel) * 1e6) / 1e6;
      prior = new TopicModel.PriorPart(prototypes, params.priorTemperature(), weight);
      features.add("prior: cosine similarity of the article embedding to each section's description, softmax at temperature "
          + params.priorTemperature() + ", weight " + weight);
    }
    TopicManifest.Training t = new TopicManifest.Training(training.files(), training.sha256(), examples.size(), counts, training.skipped());
    TopicManifest manifest = new TopicManifest(TopicManifest.FORMAT, "tagwire " + Versions.tagwire(), params.method(),
        labels, features, params.usesEmbeddings() ? ArticleEmbedder.MODEL_ID : null, params, used,
        prior == null ? null : prior.weight(), t);
    return new TopicModel(manifest, tfidf, emb, prior);
  }

  /** Per-dimension mean and standard deviation (floored so no dimension divides by ~0). */
  static float[][] standardisation(List<float[]> vs) {
    int d = vs.get(0).length;
    double[] mean = new double[d];
    double[] var = new double[d];
    for (float[] v : vs) {
      for (int i = 0; i < d; i++) {
        mean[i] += v[i];
      }
    }
    for (int i = 0; i < d; i++) {
      mean[i] /= vs.size();
    }
    for (float[] v : vs) {
      for (int i = 0; i < d; i++) {
        double x = v[i] - mean[i];
        var[i] += x * x;
      }
    }
    float[] m = new float[d];
    float[] s = new float[d];
    for (int i = 0; i < d; i++) {
      m[i] = (float) mean[i];
      s[i] = (float) Math.max(1e-3, Math.sqrt(var[i] / vs.size()));
    }
    return new float[][] {m, s};
  }
}
