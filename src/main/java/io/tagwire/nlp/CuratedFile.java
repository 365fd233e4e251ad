package io.tagwire.nlp;

import io.tagwire.config.ConfigException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one of the hand-curated lists of {@code models/ner/}: UTF-8 lines, {@code #} comments and
 * blank lines skipped, tab-separated columns, an optional header row. Every problem is a
 * {@link ConfigException} naming the file and line.
 */
final class CuratedFile {
  /** One data line: its 1-based line number and its columns (trailing empty columns kept). */
  record Row(Path file, int line, String[] columns) {
    String column(int i) {
      return i < columns.length ? columns[i].strip() : "";
    }

    ConfigException error(String field, String expected, String got) {
      return new ConfigException(file + ":" + line + ": " + field + ": expected " + expected + ", got '" + got + "'");
    }
  }

  private CuratedFile() {}

  /** Data rows of {@code file}; a first row equal to {@code header} (tab-joined) is skipped. */
  static List<Row> read(Path file, String... header) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new ConfigException(file + ": not valid UTF-8", e);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
    List<Row> rows = new ArrayList<>();
    boolean first = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (first && header.length > 0 && Arrays.equals(Arrays.stream(columns).map(String::strip).toArray(), header)) {
        first = false;
        continue;
      }
      first = false;
      rows.add(new Row(file, i + 1, columns));
    }
    return rows;
  }
}
