package io.tagwire.tagging;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How tag names, aliases and article text are compared: case- and diacritic-insensitive, on
 * "pieces" (runs of letters and digits), with a possessive {@code 's} dropped and a light plural
 * folding, so that "Data centres", "data centre" and "DATA CENTRES" are one key, and
 * "Côte d’Ivoire" equals "Cote d'Ivoire". Tag and text go through the same functions, so any
 * quirk of the folding (e.g. "Paris" becomes "pari") is the same on both sides.
 */
public final class TagText {
  private TagText() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /**
   * Company-form words dropped from the end of a key so that "Microsoft Corp." and "Microsoft"
   * collapse; only legal-form words, never descriptive ones like "Group" or "Bank".
   */
  private static final Set<String> LEGAL_FORMS = Set.of("corp", "corporation", "inc", "incorporated", "ltd",
      "limited", "plc", "llc", "co", "ag", "sa", "nv", "gmbh");

  /** One comparable piece of a text: its key, offsets in the text, and how it was written. */
  public record Piece(String key, int begin, int end, boolean upperCase, boolean capitalised) {}

  /** The comparison key of a tag, alias or phrase: folded pieces joined by single spaces. */
  public static String key(String text) {
    List<String> keys = new ArrayList<>();
    for (Piece p : pieces(text)) {
      keys.add(p.key());
    }
    return String.join(" ", keys);
  }

  /** {@link #key} without trailing company-form words: the key under which variants collapse. */
  public static String collapseKey(String text) {
    String[] parts = key(text).split(" ");
    int n = parts.length;
    while (n > 1 && LEGAL_FORMS.contains(parts[n - 1])) {
      n--;
    }
    return String.join(" ", java.util.Arrays.copyOf(parts, n));
  }

  /** Splits a text into pieces with their UTF-16 offsets. */
  public static List<Piece> pieces(String text) {
    return pieces(text, 0, text == null ? 0 : text.length());
  }

  /** Pieces of {@code text[from, to)}, offsets into {@code text}. */
  public static List<Piece> pieces(String text, int from, int to) {
    List<Piece> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < to) {
        cp = text.codePointAt(i);
        if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
          i += Character.charCount(cp);
        } else {
          break;
        }
      }
      int end = i;
      // A possessive "'s" / "’s" belongs to the word before it, not to a piece of its own.
      if (isApostrophe(text, end, to) && end + 1 < to && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S')
          && (end + 2 >= to || !Character.isLetterOrDigit(text.charAt(end + 2)))) {
        i = end + 2;
      }
      String raw = text.substring(start, end);
      String folded = fold(raw);
      if (!folded.isEmpty()) {
        out.add(new Piece(folded, start, end, isUpperCase(raw, 1), Character.isUpperCase(raw.codePointAt(0)) || Character.isDigit(raw.codePointAt(0))));
      }
    }
    return out;
  }

  private static boolean isApostrophe(String text, int at, int to) {
    return at < to && (text.charAt(at) == '\'' || text.charAt(at) == '\u2019');
  }

  /** Lower case, no diacritics, plural folded. */
  static String fold(String word) {
    String w = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    w = w.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("đ", "d").replace("ı", "i");
    return singular(w);
  }

  /** A deliberately light English plural folding (no stemming beyond it). */
  static String singular(String w) {
    int n = w.length();
    if (n <= 3 || w.charAt(n - 1) != 's' || !Character.isLetter(w.charAt(n - 2))) {
      return w;
    }
    if (w.endsWith("ss")) {
      return w;
    }
    if (w.endsWith("ies") && n > 4) {
      return w.substring(0, n - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
      return w.substring(0, n - 2);
    }
    return w.substring(0, n - 1);
  }

  /** True for text written all in capitals with at least {@code minLetters} letters. */
  static boolean isUpperCase(String raw, int minLetters) {
    int letters = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= minLetters;
  }

  /** True for text written all in capitals ("RAMALLAH", "IOF"). */
  public static boolean isAllCaps(String text) {
    return isUpperCase(text, 2);
  }

  /**
   * An acronym alias ("IOF", "WHO", "US") is only matched where the text writes it in capitals:
   * in lower case most of them are ordinary words.
   */
  public static boolean isAcronym(String alias) {
    String s = alias.strip();
    return s.length() <= 8 && !s.contains(" ") && isUpperCase(s, 2);
  }

  /** Sentence-case display form for a phrase found in lower case ("mass surveillance" → "Mass surveillance"). */
  public static String display(String surface) {
    String s = surface.strip().replaceAll("\\s+", " ");
    if (s.isEmpty()) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT) + s.substring(s.offsetByCodePoints(0, 1));
  }
}
