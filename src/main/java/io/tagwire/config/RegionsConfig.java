package io.tagwire.config;

/**
 * Region classification: the gazetteer, the country-to-region map (another newsroom swaps in its
 * own), the score a region needs, and the weight of a leading dateline.
 */
public record RegionsConfig(String gazetteer, String regionMap, Double threshold, Double datelineWeight, Integer maxLabels) implements java.io.Serializable {
  public RegionsConfig {
    gazetteer = gazetteer == null ? "models/regions/gazetteer.tsv" : gazetteer;
    regionMap = regionMap == null ? "models/regions/region-map.tsv" : regionMap;
    threshold = threshold == null ? 0.3 : threshold;
    datelineWeight = datelineWeight == null ? 1.0 : datelineWeight;
    maxLabels = maxLabels == null ? 3 : maxLabels;
  }

  public static RegionsConfig defaults() {
    return new RegionsConfig(null, null, null, null, null);
  }

  void validate(ConfigErrors errors) {
    errors.check(threshold >= 0 && threshold <= 1, "regions.threshold", "a number in [0, 1]", threshold);
    errors.check(datelineWeight >= 0, "regions.datelineWeight", "a number >= 0", datelineWeight);
    errors.check(maxLabels >= 1, "regions.maxLabels", "an integer >= 1", maxLabels);
  }
}
