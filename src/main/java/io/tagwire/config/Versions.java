package io.tagwire.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Versions of Tagwire and the libraries that shape its output, filled in by the Maven build. */
public final class Versions {
  private static final Map<String, String> VERSIONS = load();

  private Versions() {}

  private static Map<String, String> load() {
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("/io/tagwire/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // versions are informative only
    }
    Map<String, String> out = new TreeMap<>();
    p.forEach((k, v) -> out.put(k.toString(), v.toString()));
    out.put("java", System.getProperty("java.version"));
    return out;
  }

  public static String tagwire() {
    return VERSIONS.getOrDefault("tagwire", "dev");
  }

  public static Map<String, String> all() {
    return VERSIONS;
  }
}
