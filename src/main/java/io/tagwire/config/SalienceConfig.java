package io.tagwire.config;

/**
 * Weights of the salience formula (see {@code io.tagwire.nlp.Salience}): where the entity is
 * mentioned (headline, lead paragraph), how often, and how far through the article.
 * {@code leadSentences}: the lead is the first paragraph, at most this many sentences of it.
 * {@code demonym}: factor on the salience of nationality words ("Israeli", "Dutch"), which mostly
 * describe another entity rather than being one.
 * {@code peripheralBelow}: entities under this salience are treated as passing mentions.
 */
public record SalienceConfig(Double headline, Double lead, Integer leadSentences, Double frequency, Double spread,
    Double demonym, Double peripheralBelow) implements java.io.Serializable {
  public SalienceConfig {
    headline = headline == null ? 0.35 : headline;
    lead = lead == null ? 0.25 : lead;
    leadSentences = leadSentences == null ? 2 : leadSentences;
    frequency = frequency == null ? 0.25 : frequency;
    spread = spread == null ? 0.15 : spread;
    demonym = demonym == null ? 0.5 : demonym;
    peripheralBelow = peripheralBelow == null ? 0.15 : peripheralBelow;
  }

  public static SalienceConfig defaults() {
    return new SalienceConfig(null, null, null, null, null, null, null);
  }

  void validate(ConfigErrors errors) {
    for (var e : new java.util.TreeMap<>(java.util.Map.of("headline", headline, "lead", lead, "frequency", frequency,
        "spread", spread, "demonym", demonym, "peripheralBelow", peripheralBelow)).entrySet()) {
      errors.check(e.getValue() >= 0 && e.getValue() <= 1, "entities.salience." + e.getKey(), "a number in [0, 1]", e.getValue());
    }
    errors.check(leadSentences >= 1, "entities.salience.leadSentences", "an integer >= 1", leadSentences);
    double sum = headline + lead + frequency + spread;
    errors.check(Math.abs(sum - 1.0) < 1e-6, "entities.salience", "headline + lead + frequency + spread = 1", sum);
  }
}
