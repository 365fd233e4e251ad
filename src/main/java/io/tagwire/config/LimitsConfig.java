package io.tagwire.config;

/**
 * Size limits that keep one giant record from exhausting the heap. {@code overLimit} says what
 * happens to a body longer than {@code maxBodyChars}: {@code deadLetter} (default) or
 * {@code truncate} (kept, cut at a whitespace before the limit, and flagged in {@code extra}).
 * {@code maxLineBytes} caps one input line; a longer line is dead-lettered without being parsed.
 */
public record LimitsConfig(Integer maxBodyChars, Integer maxTitleChars, Integer maxLineBytes, String overLimit) implements java.io.Serializable {

  public LimitsConfig {
    maxBodyChars = maxBodyChars == null ? 200_000 : maxBodyChars;
    maxTitleChars = maxTitleChars == null ? 1_000 : maxTitleChars;
    maxLineBytes = maxLineBytes == null ? 8 * 1024 * 1024 : maxLineBytes;
    overLimit = overLimit == null ? "deadLetter" : overLimit;
  }

  public static LimitsConfig defaults() {
    return new LimitsConfig(null, null, null, null);
  }

  public boolean truncate() {
    return "truncate".equals(overLimit);
  }

  void validate(ConfigErrors errors) {
    errors.check(maxBodyChars >= 1_000, "limits.maxBodyChars", "an integer >= 1000", maxBodyChars);
    errors.check(maxTitleChars >= 10, "limits.maxTitleChars", "an integer >= 10", maxTitleChars);
    errors.check(maxLineBytes >= 64 * 1024, "limits.maxLineBytes", "an integer >= 65536", maxLineBytes);
    errors.check("deadLetter".equals(overLimit) || "truncate".equals(overLimit),
        "limits.overLimit", "'deadLetter' or 'truncate'", overLimit);
  }
}
