package io.tagwire.config;

/**
 * Tag suggestion: the vocabulary, the editor feedback file, band thresholds and how many
 * suggestions at most.
 */
public record TagsConfig(String vocabulary, String feedback, Double primary, Double significant, Double minScore, Integer maxTags) implements java.io.Serializable {
  public TagsConfig {
    vocabulary = vocabulary == null ? "models/tags/vocabulary.tsv" : vocabulary;
    feedback = feedback == null ? "feedback/decisions.jsonl" : feedback;
    primary = primary == null ? 0.6 : primary;
    significant = significant == null ? 0.35 : significant;
    minScore = minScore == null ? 0.1 : minScore;
    maxTags = maxTags == null ? 15 : maxTags;
  }

  public static TagsConfig defaults() {
    return new TagsConfig(null, null, null, null, null, null);
  }

  public TagsConfig withFeedback(String f) {
    return new TagsConfig(vocabulary, f, primary, significant, minScore, maxTags);
  }

  void validate(ConfigErrors errors) {
    errors.check(primary >= 0 && primary <= 1, "tags.primary", "a number in [0, 1]", primary);
    errors.check(significant >= 0 && significant <= primary, "tags.significant", "a number in [0, tags.primary]", significant);
    errors.check(minScore >= 0 && minScore <= significant, "tags.minScore", "a number in [0, tags.significant]", minScore);
    errors.check(maxTags >= 1, "tags.maxTags", "an integer >= 1", maxTags);
  }
}
