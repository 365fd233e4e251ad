package io.tagwire.config;

/**
 * Weights of the salience formula (see {@code io.tagwire.nlp.Salience}): where the entity is
 * mentioned (headline, lead paragraph), how often, and how far through the article.
 * {@code peripheralBelow}: entities under this salience are treated as passing mentions.
 */
public record SalienceConfig(Double headline, Double lead, Double frequency, Double spread, Double peripheralBelow) implements java.io.Serializable {
  public SalienceConfig {
    headline = headline == null ? 0.35 : headline;
    lead = lead == null ? 0.25 : lead;
    frequency = frequency == null ? 0.25 : frequency;
    spread = spread == null ? 0.15 : spread;
    peripheralBelow = peripheralBelow == null ? 0.15 : peripheralBelow;
  }

  public static SalienceConfig defaults() {
    return new SalienceConfig(null, null, null, null, null);
  }

  void validate(ConfigErrors errors) {
    for (var e : java.util.Map.of("headline", headline, "lead", lead, "frequency", frequency, "spread", spread,
        "peripheralBelow", peripheralBelow).entrySet()) {
      errors.check(e.getValue() >= 0 && e.getValue() <= 1, "entities.salience." + e.getKey(), "a number in [0, 1]", e.getValue());
    }
    double sum = headline + lead + frequency + spread;
    errors.check(Math.abs(sum - 1.0) < 1e-6, "entities.salience", "headline + lead + frequency + spread = 1", sum);
  }
}
