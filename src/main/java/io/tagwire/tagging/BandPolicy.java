package io.tagwire.tagging;

import io.tagwire.config.TagsConfig;
import java.io.Serializable;

/**
 * Newsroom bands for a score: <b>primary</b>, what the story is about (an editor could accept these
 * as they stand); <b>significant</b>, a real subject but not the main one; <b>peripheral</b>,
 * passing mentions that many consumers drop. Thresholds come from the pipeline file.
 */
public record BandPolicy(double primary, double significant, double minScore) implements Serializable {
  public static final String PRIMARY = "primary";
  public static final String SIGNIFICANT = "significant";
  public static final String PERIPHERAL = "peripheral";

  public static BandPolicy of(TagsConfig config) {
    return new BandPolicy(config.primary(), config.significant(), config.minScore());
  }

  /** The band of a score, or null when it is below {@code minScore} (not suggested at all). */
  public String band(double score) {
    if (score >= primary) {
      return PRIMARY;
    }
    if (score >= significant) {
      return SIGNIFICANT;
    }
    return score >= minScore ? PERIPHERAL : null;
  }
}
