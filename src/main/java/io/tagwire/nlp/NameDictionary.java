package io.tagwire.nlp;

import io.tagwire.config.ConfigException;
import io.tagwire.model.EntityType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The curated name list of the dictionary recogniser ({@code models/ner/dictionary.tsv}): one
 * surface form per row with its type and, for a variant, the canonical name (format in
 * {@code models/ner/README.md}).
 */
public final class NameDictionary {
  /** One row: the surface form, its type, its canonical name (the name itself when not a variant). */
  public record Entry(String name, EntityType type, String canonical, int line) {}

  private final Path file;
  private final List<Entry> entries;

  private NameDictionary(Path file, List<Entry> entries) {
    this.file = file;
    this.entries = List.copyOf(entries);
  }

  public static final NameDictionary EMPTY = new NameDictionary(Path.of(""), List.of());

  public static NameDictionary load(Path file) {
    List<Entry> entries = new ArrayList<>();
    Map<String, Entry> byName = new HashMap<>();
    for (CuratedFile.Row row : CuratedFile.read(file, "name", "type", "canonical")) {
      if (row.columns().length < 2 || row.columns().length > 3) {
        throw row.error("columns", "name<TAB>type<TAB>canonical (2 or 3 columns)", String.join("<TAB>", row.columns()));
      }
      String name = row.column(0);
      if (name.isEmpty()) {
        throw row.error("name", "a name", name);
      }
      EntityType type = parseType(row, row.column(1));
      String canonical = row.column(2).isEmpty() ? name : row.column(2);
      Entry previous = byName.get(name);
      if (previous != null && (previous.type() != type || !previous.canonical().equals(canonical))) {
        throw new ConfigException(file + ":" + row.line() + ": name '" + name + "' is already listed on line "
            + previous.line() + " with another type or canonical");
      }
      Entry e = new Entry(name, type, canonical, row.line());
      byName.put(name, e);
      entries.add(e);
    }
    return new NameDictionary(file, entries);
  }

  static EntityType parseType(CuratedFile.Row row, String value) {
    try {
      return EntityType.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw row.error("type", "one of PERSON, ORGANIZATION, LOCATION, MISC", value);
    }
  }

  public Path file() {
    return file;
  }

  public List<Entry> entries() {
    return entries;
  }
}
