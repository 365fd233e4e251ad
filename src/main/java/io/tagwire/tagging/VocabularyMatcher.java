package io.tagwire.tagging;

import io.tagwire.model.Entity;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds vocabulary tags in an article, two ways: an entity whose canonical name or alias is a tag
 * or alias, and a tag name or alias written in the text ("IOF" for "Israeli occupation forces").
 * Both compare by {@link TagText#key} (case and accents ignored), with two exceptions that keep
 * ordinary words from matching: an all-capitals alias ("IOF", "WHO", "US") only matches text in
 * capitals, and a one-word name of a person, organisation, place, event or product only matches a
 * capitalised word ("Turkey", not "turkey"). Text matching is longest-first and never overlaps,
 * so "Gaza Strip" in the text is the tag Gaza Strip, not Gaza. Immutable and thread-safe.
 */
public final class VocabularyMatcher implements Serializable {
  /** One vocabulary name found in a text: which tag, the name as listed, and where. */
  public record Match(VocabularyEntry entry, String name, int begin, int end) {}

  private record Pattern(String[] keys, VocabularyEntry entry, String name, boolean acronym, boolean capitalised) {}

  private final Vocabulary vocabulary;
  private final Map<String, List<Pattern>> byFirstKey = new HashMap<>();

  public VocabularyMatcher(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    for (VocabularyEntry e : vocabulary.entries()) {
      for (String name : e.names()) {
        String key = TagText.key(name);
        if (key.isEmpty()) {
          continue;
        }
        String[] keys = key.split(" ");
        boolean acronym = TagText.isAcronym(name);
        boolean capitalised = keys.length == 1 && e.type().isName();
        byFirstKey.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Pattern(keys, e, name, acronym, capitalised));
      }
    }
    for (List<Pattern> ps : byFirstKey.values()) {
      ps.sort(Comparator.comparingInt((Pattern p) -> -p.keys().length).thenComparing(Pattern::name));
    }
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * The vocabulary entry an entity stands for (by its name, then its aliases), or null. An acronym
   * alias of the entity only counts when it is the tag itself ("UNRWA"): acronyms are ambiguous
   * across the world, and the entity "British Medical Association" (BMA) is not the vocabulary's
   * "Bangkok Metropolitan Administration" (alias BMA).
   */
  public VocabularyEntry forEntity(Entity entity) {
    VocabularyEntry e = vocabulary.find(entity.name());
    if (e != null) {
      return e;
    }
    for (String alias : entity.aliases()) {
      e = vocabulary.find(alias);
      if (e != null && (!TagText.isAcronym(alias) || TagText.key(alias).equals(TagText.key(e.tag())))) {
        return e;
      }
    }
    return null;
  }

  /** Every vocabulary name written in {@code text}, left to right, longest first, not overlapping. */
  public List<Match> find(String text) {
    List<Match> out = new ArrayList<>();
    if (text == null || text.isEmpty() || byFirstKey.isEmpty()) {
      return out;
    }
    List<TagText.Piece> pieces = TagText.pieces(text);
    int i = 0;
    while (i < pieces.size()) {
      Match m = matchAt(text, pieces, i);
      if (m == null) {
        i++;
        continue;
      }
      out.add(m);
      while (i < pieces.size() && pieces.get(i).begin() < m.end()) {
        i++;
      }
    }
    return out;
  }

  private Match matchAt(String text, List<TagText.Piece> pieces, int i) {
    List<Pattern> candidates = byFirstKey.get(pieces.get(i).key());
    if (candidates == null) {
      return null;
    }
    for (Pattern p : candidates) {
      int n = p.keys().length;
      if (i + n > pieces.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < n && ok; k++) {
        TagText.Piece piece = pieces.get(i + k);
        ok = piece.key().equals(p.keys()[k]) && (k == 0 || joined(text, pieces.get(i + k - 1), piece));
      }
      if (!ok) {
        continue;
      }
      TagText.Piece first = pieces.get(i);
      if (p.acronym() && !allUpperCase(pieces, i, n) || p.capitalised() && !first.capitalised()) {
        continue;
      }
      return new Match(p.entry(), p.name(), first.begin(), pieces.get(i + n - 1).end());
    }
    return null;
  }

  private static boolean allUpperCase(List<TagText.Piece> pieces, int from, int n) {
    for (int k = from; k < from + n; k++) {
      if (!pieces.get(k).upperCase()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Two pieces belong to one name when only a short gap of spaces, hyphens, apostrophes, slashes
   * or abbreviation dots separates them; a line break, comma or sentence end breaks a name.
   */
  static boolean joined(String text, TagText.Piece a, TagText.Piece b) {
    int gap = b.begin() - a.end();
    if (gap > 3) {
      return false;
    }
    for (int i = a.end(); i < b.begin(); i++) {
      char c = text.charAt(i);
      boolean ok = c == ' ' || c == '\u00A0' || c == '-' || c == '\u2010' || c == '\u2011' || c == '\'' || c == '\u2019'
          || c == '/' || c == '&' || c == '.' && (i + 1 == b.begin() && b.begin() - a.end() == 1 || a.end() - a.begin() == 1);
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
