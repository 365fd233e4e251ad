package io.tagwire.tagging;

import io.tagwire.config.ConfigException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Titles written in front of names ("President", "Foreign Minister", "Dr."), one per line, from the
 * list the entities stage uses ({@code models/ner/honorifics.txt}); compared by {@link TagText#key}.
 */
public final class Honorifics implements Serializable {
  public static final Honorifics NONE = new Honorifics(Set.of());

  private final Set<String> keys;
  private final int longest;

  public Honorifics(Set<String> keys) {
    this.keys = Set.copyOf(keys);
    this.longest = keys.stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
  }

  /** Reads the list; a missing file is an empty list (names then keep their titles). */
  public static Honorifics load(Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      return NONE;
    }
    try {
      TreeSet<String> keys = new TreeSet<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#") && !TagText.key(l).isEmpty()) {
          keys.add(TagText.key(l));
        }
      }
      return new Honorifics(keys);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read honorifics: " + e.getMessage(), e);
    }
  }

  /**
   * Where the name in {@code text[begin, end)} starts once leading titles are skipped; {@code end}
   * if it is all title. A title is only skipped before a name of two or more words, since "Premier
   * League", "General Motors" and "Justice Department" begin with title words too.
   */
  public int nameStart(String text, int begin, int end) {
    List<TagText.Piece> pieces = TagText.pieces(text, begin, end);
    // the name starts after the last run of titles ("Microsoft President Brad Smith": Brad Smith)
    int start = 0;
    int i = 0;
    while (i < pieces.size()) {
      int n = titleAt(pieces, i);
      if (n == 0) {
        i++;
        continue;
      }
      int after = i + n;
      while (after < pieces.size() && titleAt(pieces, after) > 0) {
        after += titleAt(pieces, after);
      }
      if (after >= pieces.size() && i == 0) {
        return end; // all title
      }
      if (pieces.size() - after >= 2) {
        start = after;
      }
      i = after;
    }
    return start == 0 ? begin : pieces.get(start).begin();
  }

  /** Pieces the longest title at piece i spans, 0 if none starts there. */
  private int titleAt(List<TagText.Piece> pieces, int i) {
    for (int n = Math.min(longest, pieces.size() - i); n >= 1; n--) {
      StringBuilder k = new StringBuilder();
      for (int j = i; j < i + n; j++) {
        k.append(j == i ? "" : " ").append(pieces.get(j).key());
      }
      if (keys.contains(k.toString())) {
        return n;
      }
    }
    return 0;
  }
}
