package io.tagwire.tagging;

import io.tagwire.config.ConfigException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's tag vocabulary ({@code models/tags/vocabulary.tsv}): UTF-8, tab-separated, header
 * {@code tag	type	aliases	hints}; aliases separated by {@code |}. The review page reads the same
 * file for autocomplete, so the format is kept exactly (no comment lines). Every tag and alias is
 * looked up by {@link TagText#key}; a name that would mean two tags is an error naming both lines.
 */
public final class Vocabulary implements Serializable {
  public static final String HEADER = "tag\ttype\taliases\thints";

  private final List<VocabularyEntry> entries;
  private final Map<String, VocabularyEntry> byKey = new HashMap<>();
  private final Map<String, VocabularyEntry> byCollapsedKey = new HashMap<>();

  private Vocabulary(List<VocabularyEntry> entries) {
    List<VocabularyEntry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(VocabularyEntry::tag));
    this.entries = List.copyOf(sorted);
    for (VocabularyEntry e : this.entries) {
      for (String name : e.names()) {
        byKey.putIfAbsent(TagText.key(name), e);
      }
    }
    for (VocabularyEntry e : this.entries) {
      for (String name : e.names()) {
        byCollapsedKey.putIfAbsent(TagText.collapseKey(name), e);
      }
    }
  }

  public static Vocabulary empty() {
    return new Vocabulary(List.of());
  }

  /** A vocabulary from entries; names that clash are an error (see {@link #load}). */
  public static Vocabulary of(Collection<VocabularyEntry> entries) {
    checkClashes(new ArrayList<>(entries), null, null);
    return new Vocabulary(new ArrayList<>(entries));
  }

  public List<VocabularyEntry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  /** The entry a tag name or alias stands for, or null. */
  public VocabularyEntry find(String name) {
    if (name == null) {
      return null;
    }
    VocabularyEntry e = byKey.get(TagText.key(name));
    return e != null ? e : byCollapsedKey.get(TagText.collapseKey(name));
  }

  /**
   * This vocabulary with more entries: a new tag is added; for a tag already present its aliases
   * are merged and its type kept. Used for tags editors added ({@link EditorFeedback}).
   */
  public Vocabulary plus(Collection<VocabularyEntry> more) {
    Vocabulary v = this;
    for (VocabularyEntry e : more) {
      v = v.plus(e);
    }
    return v;
  }

  private Vocabulary plus(VocabularyEntry e) {
    VocabularyEntry existing = find(e.tag());
    List<VocabularyEntry> next = new ArrayList<>(entries);
    if (existing != null) {
      VocabularyEntry merged = existing;
      for (String a : e.names()) {
        VocabularyEntry owner = find(a);
        if (owner == null || owner == existing) {
          merged = merged.withAlias(a);
        }
      }
      next.set(next.indexOf(existing), merged);
    } else {
      // a new tag keeps only the aliases that do not already name another tag
      List<String> free = e.aliases().stream().filter(a -> find(a) == null).toList();
      next.add(new VocabularyEntry(e.tag(), e.type(), free, e.hints()));
    }
    return new Vocabulary(next);
  }

  /** Reads and checks a vocabulary file; a missing or malformed file is a {@link ConfigException}. */
  public static Vocabulary load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file + ": tag vocabulary not found (build one with: tagwire train tags --data ... --out "
          + file + ")");
    }
    List<VocabularyEntry> entries = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header != null && header.startsWith("\uFEFF")) {
        header = header.substring(1);
      }
      if (header == null || !header.strip().equals(HEADER)) {
        throw new ConfigException(file + ":1: expected the header '" + HEADER.replace("\t", "<TAB>") + "', got '"
            + (header == null ? "" : header.replace("\t", "<TAB>")) + "'");
      }
      String line;
      int lineNo = 1;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        entries.add(parse(file, lineNo, line));
        lines.add(lineNo);
      }
    } catch (java.nio.charset.MalformedInputException e) {
      throw new ConfigException(file + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read tag vocabulary: " + e.getMessage(), e);
    }
    checkClashes(entries, lines, file);
    return new Vocabulary(entries);
  }

  private static VocabularyEntry parse(Path file, int lineNo, String line) {
    String[] cols = line.split("\t", -1);
    String where = file + ":" + lineNo + ": ";
    if (cols.length < 2 || cols.length > 4) {
      throw new ConfigException(where + "expected 2 to 4 tab-separated columns (tag, type, aliases, hints), got " + cols.length);
    }
    String tag = cols[0].strip();
    if (tag.isEmpty() || TagText.key(tag).isEmpty()) {
      throw new ConfigException(where + "column 'tag': expected a tag name with at least one letter or digit, got '" + tag + "'");
    }
    TagType type = TagType.parse(cols[1]);
    if (type == null) {
      throw new ConfigException(where + "column 'type': expected one of " + TagType.allKeys() + ", got '" + cols[1] + "'");
    }
    List<String> aliases = new ArrayList<>();
    if (cols.length > 2 && !cols[2].isBlank()) {
      for (String a : cols[2].split("\\|")) {
        String alias = a.strip();
        if (alias.isEmpty() || TagText.key(alias).isEmpty()) {
          throw new ConfigException(where + "column 'aliases': expected names separated by '|', got an empty name in '" + cols[2] + "'");
        }
        aliases.add(alias);
      }
    }
    return new VocabularyEntry(tag, type, aliases, cols.length > 3 ? cols[3].strip() : "");
  }

  private static void checkClashes(List<VocabularyEntry> entries, List<Integer> lines, Path file) {
    Map<String, Integer> owner = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      VocabularyEntry e = entries.get(i);
      for (String name : e.names()) {
        String k = TagText.key(name);
        Integer other = owner.putIfAbsent(k, i);
        if (other != null && other != i) {
          String where = file == null ? "tag vocabulary: " : file + ":" + lines.get(i) + ": ";
          String otherWhere = file == null ? "" : " on line " + lines.get(other);
          throw new ConfigException(where + "'" + name + "' of tag '" + e.tag() + "' already names tag '"
              + entries.get(other).tag() + "'" + otherWhere + " (tags and aliases must be unique, ignoring case and accents)");
        }
      }
    }
  }

  /** Writes the vocabulary in its file format, sorted by tag (same entries, same bytes). */
  public void write(Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      for (VocabularyEntry e : entries) {
        w.write(String.join("\t", clean(e.tag()), e.type().key(),
            String.join("|", e.aliases().stream().map(a -> clean(a).replace('|', '/')).toList()), clean(e.hints())));
        w.write('\n');
      }
    }
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
