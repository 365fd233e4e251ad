package io.tagwire.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Measures topic classifiers: a trained model on labelled articles, or K-fold cross-validation of
 * a training method on one corpus. Folds are made of whole groups (a story's articles stay
 * together), stratified by label, and shuffled with a fixed seed.
 */
public final class TopicEvaluator {
  private TopicEvaluator() {}

  /** A classifier trained on some examples, predicting one label per example. */
  public interface Method {
    Function<TopicExample, String> train(List<TopicExample> training);
  }

  public static TopicEvaluation evaluate(TopicModel model, List<TopicExample> data, EmbeddingTable embeddings) {
    Set<String> known = new HashSet<>(model.labels());
    TopicEvaluation ev = new TopicEvaluation(model.labels());
    for (TopicExample e : data) {
      float[] emb = embeddings == null ? model.embed(e.title(), e.body()) : embeddings.get(e);
      double[] p = model.probabilities(e.title(), e.body(), emb);
      ev.add(e.label(), model.labels().get(TopicModel.argmax(p)), known);
    }
    return ev;
  }

  /** The standard method: {@link TopicTrainer} with these parameters, on precomputed embeddings. */
  public static Method trainer(TopicParams params, EmbeddingTable embeddings, Map<String, List<String>> descriptions) {
    return training -> {
      TopicModel m = TopicTrainer.train(training, params, embeddings,
          new TopicManifest.Training(List.of(), "", training.size(), Map.of(), Map.of()), descriptions);
      return e -> m.labels().get(TopicModel.argmax(m.probabilities(e.title(), e.body(), embeddings.get(e))));
    };
  }

  public static TopicEvaluation crossValidate(List<TopicExample> data, int folds, long seed, Method method) {
    List<List<TopicExample>> split = folds(data, folds, seed);
    TreeSet<String> all = new TreeSet<>();
    data.forEach(e -> all.add(e.label()));
    TopicEvaluation ev = new TopicEvaluation(all);
    for (int f = 0; f < split.size(); f++) {
      List<TopicExample> train = new ArrayList<>();
      for (int g = 0; g < split.size(); g++) {
        if (g != f) {
          train.addAll(split.get(g));
        }
      }
      Set<String> known = new HashSet<>();
      train.forEach(e -> known.add(e.label()));
      Function<TopicExample, String> classifier = method.train(train);
      long right = 0;
      for (TopicExample e : split.get(f)) {
        String predicted = classifier.apply(e);
        ev.add(e.label(), predicted, known);
        right += predicted.equals(e.label()) ? 1 : 0;
      }
      ev.addFold(split.get(f).isEmpty() ? 0.0 : (double) right / split.get(f).size());
    }
    return ev;
  }

  /**
   * Splits into K folds of whole groups: groups are ordered by their first article's label, sorted
   * and shuffled within a label with the seed, and dealt round-robin, so each fold gets a share of
   * every label. The same data and seed always give the same folds.
   */
  static List<List<TopicExample>> folds(List<TopicExample> data, int k, long seed) {
    Map<String, List<TopicExample>> groups = new LinkedHashMap<>();
    for (TopicExample e : data) {
      groups.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(e);
    }
    Map<String, List<String>> byLabel = new TreeMap<>();
    for (Map.Entry<String, List<TopicExample>> g : groups.entrySet()) {
      byLabel.computeIfAbsent(g.getValue().get(0).label(), l -> new ArrayList<>()).add(g.getKey());
    }
    Random random = new Random(seed);
    List<List<TopicExample>> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      out.add(new ArrayList<>());
    }
    int next = 0;
    for (List<String> keys : byLabel.values()) {
      Collections.sort(keys);
      Collections.shuffle(keys, random);
      for (String key : keys) {
        out.get(next % k).addAll(groups.get(key));
        next++;
      }
    }
    return out;
  }
}
