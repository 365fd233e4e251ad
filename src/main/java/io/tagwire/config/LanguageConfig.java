package io.tagwire.config;

/**
 * Language identification. Texts shorter than {@code minChars} are too short to identify
 * reliably: they take the declared language, or English. {@code expected} is the language the
 * English-only stages (entities, keyphrases) run on.
 */
public record LanguageConfig(String expected, Integer minChars) implements java.io.Serializable {
  public LanguageConfig {
    expected = expected == null ? "en" : expected;
    minChars = minChars == null ? 40 : minChars;
  }

  public static LanguageConfig defaults() {
    return new LanguageConfig(null, null);
  }

  void validate(ConfigErrors errors) {
    errors.check(expected.matches("[a-z]{2,3}"), "language.expected", "an ISO 639-1 code such as 'en'", expected);
    errors.check(minChars >= 0, "language.minChars", "an integer >= 0", minChars);
  }
}
