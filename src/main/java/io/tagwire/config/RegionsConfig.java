package io.tagwire.config;

/**
 * Region classification (see docs/regions.md): the gazetteer, the country-to-region map (another
 * newsroom swaps in its own), and the weights of the evidence.
 *
 * <ul>
 *   <li>{@code threshold}: a region is given when its evidence is at least this share of the best
 *       region's evidence (the best region scores 1).
 *   <li>{@code datelineWeight}: evidence of a leading dateline, in units of one passing mention
 *       (a name in the headline counts 2, in the lead paragraph 1 more).
 *   <li>{@code maxLabels}: at most this many regions per article.
 *   <li>{@code demonymWeight}: a demonym ("Lebanese") counts this much of a place name.
 *   <li>{@code unconfirmedWeight}: a gazetteer name that entity recognition did not mark as an
 *       entity counts this much (when the article has entities at all).
 * </ul>
 */
public record RegionsConfig(
    String gazetteer,
    String regionMap,
    Double threshold,
    Double datelineWeight,
    Integer maxLabels,
    Double demonymWeight,
    Double unconfirmedWeight) implements java.io.Serializable {

  public RegionsConfig {
    gazetteer = gazetteer == null ? "models/regions/gazetteer.tsv" : gazetteer;
    regionMap = regionMap == null ? "models/regions/region-map.tsv" : regionMap;
    threshold = threshold == null ? 0.35 : threshold;
    datelineWeight = datelineWeight == null ? 3.0 : datelineWeight;
    maxLabels = maxLabels == null ? 3 : maxLabels;
    demonymWeight = demonymWeight == null ? 0.5 : demonymWeight;
    unconfirmedWeight = unconfirmedWeight == null ? 0.5 : unconfirmedWeight;
  }

  public static RegionsConfig defaults() {
    return new RegionsConfig(null, null, null, null, null, null, null);
  }

  public RegionsConfig withRegionMap(String map) {
    return new RegionsConfig(gazetteer, map, threshold, datelineWeight, maxLabels, demonymWeight, unconfirmedWeight);
  }

  void validate(ConfigErrors errors) {
    errors.check(threshold > 0 && threshold <= 1, "regions.threshold", "a number in (0, 1]", threshold);
    errors.check(datelineWeight >= 0, "regions.datelineWeight", "a number >= 0", datelineWeight);
    errors.check(maxLabels >= 1, "regions.maxLabels", "an integer >= 1", maxLabels);
    errors.check(demonymWeight >= 0 && demonymWeight <= 1, "regions.demonymWeight", "a number in [0, 1]", demonymWeight);
    errors.check(unconfirmedWeight >= 0 && unconfirmedWeight <= 1, "regions.unconfirmedWeight", "a number in [0, 1]", unconfirmedWeight);
  }
}
