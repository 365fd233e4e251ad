package io.tagwire.config;

import java.util.ArrayList;
import java.util.List;

/** Collects every bad value of a pipeline file so the operator sees them all at once. */
public final class ConfigErrors {
  private final String file;
  private final List<String> problems = new ArrayList<>();

  public ConfigErrors(String file) {
    this.file = file;
  }

  public void check(boolean ok, String key, String expected, Object actual) {
    if (!ok) {
      problems.add(key + ": expected " + expected + ", got " + (actual == null ? "nothing" : "'" + actual + "'"));
    }
  }

  public void add(String key, String problem) {
    problems.add(key + ": " + problem);
  }

  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new ConfigException(file + ": " + String.join("; ", problems));
    }
  }
}
