package io.tagwire.classify;

import io.tagwire.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each section covers, from a TSV file ({@code label <TAB> sentence}, a label on as many lines
 * as it has sentences, {@code #} comments): the zero-shot prior of the topic model (see {@link TopicParams}). The shipped file is
 * {@code models/topics/sections.tsv}.
 */
public final class SectionDescriptions {
  private SectionDescriptions() {}

  /** Label to its description sentences, in file order. */
  public static Map<String, List<String>> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read section descriptions: " + e.getMessage(), e);
    }
    Map<String, List<String>> out = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", -1);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new ConfigException(file + ":" + (i + 1) + ": expected 'label<TAB>description', got '" + line + "'");
      }
      out.computeIfAbsent(parts[0].strip(), k -> new ArrayList<>()).add(parts[1].strip());
    }
    return out;
  }
}
