package io.tagwire.config;

/**
 * Related links and duplicates: how many links, the lowest score kept, the half-life of the
 * recency decay, and the shingle Jaccard above which two texts are near-duplicates.
 */
public record RelatedConfig(Integer topK, Double minScore, Double halfLifeDays, Double nearDuplicateJaccard, Integer maxPosting) implements java.io.Serializable {
  public RelatedConfig {
    topK = topK == null ? 5 : topK;
    minScore = minScore == null ? 0.15 : minScore;
    halfLifeDays = halfLifeDays == null ? 30.0 : halfLifeDays;
    nearDuplicateJaccard = nearDuplicateJaccard == null ? 0.8 : nearDuplicateJaccard;
    maxPosting = maxPosting == null ? 1000 : maxPosting;
  }

  public static RelatedConfig defaults() {
    return new RelatedConfig(null, null, null, null, null);
  }

  void validate(ConfigErrors errors) {
    errors.check(topK >= 1, "related.topK", "an integer >= 1", topK);
    errors.check(minScore >= 0 && minScore <= 1, "related.minScore", "a number in [0, 1]", minScore);
    errors.check(halfLifeDays > 0, "related.halfLifeDays", "a number > 0", halfLifeDays);
    errors.check(nearDuplicateJaccard > 0 && nearDuplicateJaccard <= 1, "related.nearDuplicateJaccard", "a number in (0, 1]", nearDuplicateJaccard);
    errors.check(maxPosting >= 10, "related.maxPosting", "an integer >= 10", maxPosting);
  }
}
