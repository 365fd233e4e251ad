package io.tagwire.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a text as the gazetteer sees them: runs of letters and digits (accents attached),
 * with their offsets (UTF-16 code units), matching key and letter case. Apostrophes, hyphens and
 * dots split words the way {@link PlaceNames#key} does, so "Côte d'Ivoire", "U.S." and
 * "Guinea-Bissau" line up with their gazetteer keys. Works on any text in any script, so it does
 * not depend on the (English-only) tokenizer stage.
 */
public final class Words {
  /** One word; {@code sentenceStart}: first word of the text, of a line, or after . ! ? : or a quote. */
  public record Word(int begin, int end, String key, String cased, boolean capitalised, boolean allCaps,
      boolean sentenceStart) {}

  private final String text;
  private final List<Word> words;

  private Words(String text, List<Word> words) {
    this.text = text;
    this.words = words;
  }

  public static Words of(String text) {
    List<Word> out = new ArrayList<>();
    if (text == null) {
      return new Words("", out);
    }
    int n = text.length();
    int i = 0;
    int prevEnd = 0;
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int b = i;
      while (i < n && isWordChar(text.charAt(i))) {
        i++;
      }
      String surface = text.substring(b, i);
      boolean start = out.isEmpty() || breaksSentence(text, prevEnd, b);
      String key = PlaceNames.key(surface);
      String cased = PlaceNames.casedKey(surface);
      if (key.isEmpty()) {
        prevEnd = i;
        continue;
      }
      // A character that decomposes into several words (rare: ½) gives several words at one offset.
      String[] keys = key.split(" ");
      String[] caseds = cased.split(" ");
      for (int k = 0; k < keys.length; k++) {
        String c = k < caseds.length ? caseds[k] : keys[k];
        out.add(new Word(b, i, keys[k], c, Character.isUpperCase(c.charAt(0)) || Character.isTitleCase(c.charAt(0)),
            allCaps(c), start && k == 0));
      }
      prevEnd = i;
    }
    return new Words(text, List.copyOf(out));
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean allCaps(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  private static boolean breaksSentence(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      switch (text.charAt(i)) {
        case '.', '!', '?', ':', '\n', '"', '\u201C', '\u201D', '(', '\u2014', '\u2013' -> {
          return true;
        }
        default -> { }
      }
    }
    return false;
  }

  /**
   * True when words {@code i} and {@code i + 1} belong to one name: separated only by a space, a
   * hyphen, an apostrophe or a dot ("New York", "Guinea-Bissau", "Côte d'Ivoire", "St. Louis"),
   * not by a comma, a line break or more.
   */
  public boolean joined(int i) {
    int from = words.get(i).end();
    int to = words.get(i + 1).begin();
    if (to - from > 3) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c != ' ' && c != '-' && c != '\'' && c != '\u2019' && c != '.' && c != '\u00A0' && c != '\u2010' && c != '\u2011') {
        return false;
      }
    }
    return true;
  }

  /** True when only spaces separate words {@code i} and {@code i + 1} (two parts of one proper name). */
  public boolean spaced(int i) {
    int from = words.get(i).end();
    int to = words.get(i + 1).begin();
    if (to - from < 1 || to - from > 2) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c != ' ' && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  public Word get(int i) {
    return words.get(i);
  }

  public int size() {
    return words.size();
  }

  public List<Word> list() {
    return words;
  }

  public String text() {
    return text;
  }
}
