package io.tagwire.config;

/**
 * Tag suggestion: the vocabulary and its priors (both written by {@code tagwire train tags}), the
 * editor feedback file, band thresholds, how many suggestions at most, and the weights of the score
 * (see {@code docs/tags.md}). The score is an estimated probability that editors would tag it.
 *
 * <ul>
 *   <li>{@code primary}: score from which a tag is what the story is about (editors accept as is);</li>
 *   <li>{@code significant}: score from which a tag is a real subject but not the main one;</li>
 *   <li>{@code minScore}: below this nothing is suggested; between it and {@code significant},
 *       peripheral (passing mentions, which many consumers drop);</li>
 *   <li>{@code maxTags}: suggestions per article at most; {@code maxKeyphrases}: of which topic keyphrases;</li>
 *   <li>{@code honorifics}: titles stripped from names found as keyphrases ("President Brad Smith"),
 *       the list the entities stage uses.</li>
 * </ul>
 */
public record TagsConfig(
    String vocabulary,
    String priors,
    String feedback,
    Double primary,
    Double significant,
    Double minScore,
    Integer maxTags,
    Integer maxKeyphrases,
    String honorifics,
    TagWeightsConfig weights) implements java.io.Serializable {

  public TagsConfig {
    vocabulary = vocabulary == null ? "models/tags/vocabulary.tsv" : vocabulary;
    priors = priors == null ? "models/tags/priors.tsv" : priors;
    feedback = feedback == null ? "feedback/decisions.jsonl" : feedback;
    primary = primary == null ? 0.5 : primary;
    significant = significant == null ? 0.3 : significant;
    minScore = minScore == null ? 0.1 : minScore;
    maxTags = maxTags == null ? 15 : maxTags;
    maxKeyphrases = maxKeyphrases == null ? 4 : maxKeyphrases;
    honorifics = honorifics == null ? "models/ner/honorifics.txt" : honorifics;
    weights = weights == null ? TagWeightsConfig.defaults() : weights;
  }

  /** The settings without keyphrase limit and weights (their defaults). */
  public TagsConfig(String vocabulary, String feedback, Double primary, Double significant, Double minScore, Integer maxTags) {
    this(vocabulary, null, feedback, primary, significant, minScore, maxTags, null, null, null);
  }

  public static TagsConfig defaults() {
    return new TagsConfig(null, null, null, null, null, null, null, null, null, null);
  }

  public TagsConfig withFeedback(String f) {
    return new TagsConfig(vocabulary, priors, f, primary, significant, minScore, maxTags, maxKeyphrases, honorifics, weights);
  }

  public TagsConfig withPriors(String p) {
    return new TagsConfig(vocabulary, p, feedback, primary, significant, minScore, maxTags, maxKeyphrases, honorifics, weights);
  }

  public TagsConfig withWeights(TagWeightsConfig w) {
    return new TagsConfig(vocabulary, priors, feedback, primary, significant, minScore, maxTags, maxKeyphrases, honorifics, w);
  }

  public TagsConfig withVocabulary(String v) {
    return new TagsConfig(v, priors, feedback, primary, significant, minScore, maxTags, maxKeyphrases, honorifics, weights);
  }

  void validate(ConfigErrors errors) {
    errors.check(primary >= 0 && primary <= 1, "tags.primary", "a number in [0, 1]", primary);
    errors.check(significant >= 0 && significant <= primary, "tags.significant", "a number in [0, tags.primary]", significant);
    errors.check(minScore >= 0 && minScore <= significant, "tags.minScore", "a number in [0, tags.significant]", minScore);
    errors.check(maxTags >= 1, "tags.maxTags", "an integer >= 1", maxTags);
    errors.check(maxKeyphrases >= 0, "tags.maxKeyphrases", "an integer >= 0", maxKeyphrases);
    weights.validate(errors);
  }
}
