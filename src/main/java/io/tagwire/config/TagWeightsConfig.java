package io.tagwire.config;

/**
 * Weights of the tag score ({@code io.tagwire.tagging.TagScorer}), a logistic model of "would an
 * editor tag this?": {@code score = 1 / (1 + e^-z)} with
 * {@code z = bias + title·[in headline] + lead·[in first paragraph] + mentions·ln(1 + mentions)
 * + spread·(share of the body between first and last mention) + known·[vocabulary tag]
 * + entity·[new entity] + topicKeyphrase·[common-noun keyphrase] + specificity·(keyphrase
 * specificity from document frequencies) + prior·(the tag's log-odds of being tagged when
 * mentioned, from the training articles, relative to all tags)}. The baseline (all indicators 0)
 * is a capitalised name found as a keyphrase. Defaults were fitted with
 * {@code tagwire train tags --fit-weights --folds 2} on the sample-data archive, with the entities
 * stage in the loop (see docs/tags.md).
 */
public record TagWeightsConfig(
    Double bias,
    Double title,
    Double lead,
    Double mentions,
    Double spread,
    Double known,
    Double entity,
    Double topicKeyphrase,
    Double specificity,
    Double prior) implements java.io.Serializable {

  public TagWeightsConfig {
    bias = bias == null ? -6.62 : bias;
    title = title == null ? 0.68 : title;
    lead = lead == null ? 1.19 : lead;
    mentions = mentions == null ? 2.32 : mentions;
    spread = spread == null ? -0.51 : spread;
    known = known == null ? 3.88 : known;
    entity = entity == null ? 2.51 : entity;
    topicKeyphrase = topicKeyphrase == null ? -2.32 : topicKeyphrase;
    specificity = specificity == null ? 2.39 : specificity;
    prior = prior == null ? 0.56 : prior;
  }

  public static TagWeightsConfig defaults() {
    return new TagWeightsConfig(null, null, null, null, null, null, null, null, null, null);
  }

  /** The weights in feature order ({@code io.tagwire.tagging.TagFeatures#NAMES}). */
  public double[] vector() {
    return new double[] {bias, title, lead, mentions, spread, known, entity, topicKeyphrase, specificity, prior};
  }

  public static TagWeightsConfig of(double[] w) {
    return new TagWeightsConfig(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9]);
  }

  void validate(ConfigErrors errors) {
    double[] w = vector();
    for (double x : w) {
      if (Double.isNaN(x) || Double.isInfinite(x) || Math.abs(x) > 50) {
        errors.check(false, "tags.weights", "finite numbers between -50 and 50", x);
      }
    }
  }
}
