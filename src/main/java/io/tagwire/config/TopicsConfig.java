package io.tagwire.config;

/** Section classification: the model file, the score a label needs, and how many labels at most. */
public record TopicsConfig(String model, Double threshold, Integer maxLabels) implements java.io.Serializable {
  public TopicsConfig {
    model = model == null ? "models/topics/topics.model" : model;
    threshold = threshold == null ? 0.25 : threshold;
    maxLabels = maxLabels == null ? 2 : maxLabels;
  }

  public static TopicsConfig defaults() {
    return new TopicsConfig(null, null, null);
  }

  public TopicsConfig withModel(String m) {
    return new TopicsConfig(m, threshold, maxLabels);
  }

  void validate(ConfigErrors errors) {
    errors.check(threshold >= 0 && threshold <= 1, "topics.threshold", "a number in [0, 1]", threshold);
    errors.check(maxLabels >= 1, "topics.maxLabels", "an integer >= 1", maxLabels);
  }
}
