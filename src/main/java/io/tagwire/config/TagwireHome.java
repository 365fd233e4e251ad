package io.tagwire.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves the relative paths of pipeline files: first against the working directory (where an
 * operator's own files are), then against the Tagwire installation (where {@code models/} and
 * {@code pipelines/} ship), which the launcher passes as {@code -Dtagwire.home}.
 */
public final class TagwireHome {
  private TagwireHome() {}

  public static Path home() {
    String h = System.getProperty("tagwire.home");
    return h == null ? Path.of("").toAbsolutePath() : Path.of(h);
  }

  public static Path resolve(String path) {
    Path p = Path.of(path);
    if (p.isAbsolute() || Files.exists(p)) {
      return p;
    }
    Path installed = home().resolve(path);
    return Files.exists(installed) ? installed : p;
  }
}
