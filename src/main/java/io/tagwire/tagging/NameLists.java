package io.tagwire.tagging;

import io.tagwire.config.ConfigException;
import io.tagwire.model.EntityType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The curated name lists of {@code models/ner/} (dictionary: name, type, canonical; aliases:
 * alias, canonical, type) and the country names of {@code models/regions/region-map.tsv}, read as
 * "what type is this name" and "what other names does this canonical name have". Used only when
 * bootstrapping the tag vocabulary; every file is optional.
 */
public final class NameLists {
  private final Map<String, EntityType> types = new TreeMap<>();
  private final Map<String, TreeSet<String>> aliases = new TreeMap<>();

  public static NameLists load(Path nerDir, Path regionMap) {
    NameLists lists = new NameLists();
    if (nerDir != null) {
      lists.read(nerDir.resolve("dictionary.tsv"), 0, 1, 2);
      lists.read(nerDir.resolve("aliases.tsv"), 0, 2, 1);
    }
    if (regionMap != null && Files.isRegularFile(regionMap)) {
      for (String line : lines(regionMap)) {
        String[] cols = line.split("\t", -1);
        if (cols.length >= 2 && !cols[0].equals("country")) {
          lists.types.putIfAbsent(TagText.key(cols[1]), EntityType.LOCATION);
        }
      }
    }
    return lists;
  }

  private void read(Path file, int nameCol, int typeCol, int canonicalCol) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    for (String line : lines(file)) {
      String[] cols = line.split("\t", -1);
      if (cols.length <= Math.max(nameCol, Math.max(typeCol, canonicalCol)) || cols[typeCol].equals("type")) {
        continue;
      }
      EntityType type = EntityType.fromLabel(cols[typeCol].strip());
      String name = cols[nameCol].strip();
      String canonical = cols[canonicalCol].strip().isEmpty() ? name : cols[canonicalCol].strip();
      if (type == null || name.isEmpty()) {
        continue;
      }
      types.putIfAbsent(TagText.key(name), type);
      types.putIfAbsent(TagText.key(canonical), type);
      if (!TagText.key(name).equals(TagText.key(canonical))) {
        aliases.computeIfAbsent(TagText.key(canonical), k -> new TreeSet<>()).add(name);
      }
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** The listed entity type of a name, or null. */
  public EntityType type(String name) {
    return types.get(TagText.key(name));
  }

  /** Other listed names of a canonical name (sorted), possibly none. */
  public List<String> aliases(String canonical) {
    TreeSet<String> a = aliases.get(TagText.key(canonical));
    return a == null ? List.of() : List.copyOf(a);
  }
}
