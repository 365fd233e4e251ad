package io.tagwire.tagging;

import java.util.List;

/**
 * The evidence of one candidate as the numbers the logistic score weighs, in the order of
 * {@link io.tagwire.config.TagWeightsConfig#vector()}. Shared by scoring and by fitting the weights,
 * so both see exactly the same features.
 */
public final class TagFeatures {
  private TagFeatures() {}

  public static final List<String> NAMES = List.of("bias", "title", "lead", "mentions", "spread", "known", "entity",
      "topicKeyphrase", "specificity", "prior");

  public static double[] of(TagCandidate c, int bodyLength, DocumentFrequencies df, TagPriors priors) {
    boolean keyphrase = TagCandidate.KEYPHRASE.equals(c.source());
    double spread = c.bodyMentions() > 1 && bodyLength > 0
        ? Math.min(1.0, (double) (c.lastOffset() - c.firstOffset()) / bodyLength) : 0.0;
    return new double[] {
        1.0,
        c.titleMentions() > 0 ? 1 : 0,
        c.leadMentions() > 0 ? 1 : 0,
        Math.log1p(c.mentions()),
        spread,
        c.known() ? 1 : 0,
        TagCandidate.ENTITY.equals(c.source()) ? 1 : 0,
        c.isTopicKeyphrase() ? 1 : 0,
        keyphrase ? df.specificity(c.key()) : 0,
        c.known() ? priors.shift(c.key()) : 0};
  }

  public static double logistic(double[] w, double[] x) {
    double z = 0;
    for (int i = 0; i < w.length; i++) {
      z += w[i] * x[i];
    }
    return 1.0 / (1.0 + Math.exp(-z));
  }
}
