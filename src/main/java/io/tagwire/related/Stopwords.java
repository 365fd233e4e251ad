package io.tagwire.related;

import io.tagwire.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Reads a stop-word list: one lower-case word per line, {@code #} starts a comment. */
public final class Stopwords {
  private Stopwords() {}

  public static TreeSet<String> load(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read stop-word list (related.stopwords): " + e.getMessage(), e);
    }
    TreeSet<String> words = new TreeSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      String w = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (w.isEmpty()) {
        continue;
      }
      if (w.chars().anyMatch(Character::isWhitespace) || !w.equals(w.toLowerCase(Locale.ROOT))) {
        throw new ConfigException(file + ":" + (i + 1) + ": expected one lower-case word, got '" + w + "'");
      }
      words.add(w.replace('\u2019', '\''));
    }
    return words;
  }
}
