package io.tagwire.classify;

import java.text.Normalizer;

/**
 * The matching key of a place name: case-, accent- and punctuation-insensitive, so "Côte d'Ivoire",
 * "COTE D'IVOIRE" and "Cote d’Ivoire" are one name. The same rules as the gazetteer generator's
 * {@code norm()} (models/regions/build/build.py): curly apostrophes unified, accents stripped,
 * a few letters without a decomposition folded (ı ł ø đ ß), lower case, every other character
 * than a letter or digit a word break.
 */
public final class PlaceNames {
  private PlaceNames() {}

  /** The lower-case key: words of letters and digits separated by single spaces. */
  public static String key(String s) {
    return normalise(s, true);
  }

  /** Like {@link #key} but keeping letter case, for matching acronyms ("US" is not "us"). */
  public static String casedKey(String s) {
    return normalise(s, false);
  }

  static String normalise(String s, boolean lower) {
    // Most text is ASCII, which needs no decomposition (the slow part).
    String d = isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(d.length());
    boolean space = true;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c >= 128 && Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (lower) {
        c = Character.toLowerCase(c);
      }
      if (c == 'ß') {
        out.append("ss");
        space = false;
        continue;
      }
      c = fold(c);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int n = out.length();
    if (n > 0 && out.charAt(n - 1) == ' ') {
      out.setLength(n - 1);
    }
    return out.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** Letters without a canonical decomposition that news text writes both ways. */
  private static char fold(char c) {
    return switch (c) {
      case 'ı' -> 'i';
      case 'ł' -> 'l';
      case 'Ł' -> 'L';
      case 'ø' -> 'o';
      case 'Ø' -> 'O';
      case 'đ' -> 'd';
      case 'Đ' -> 'D';
      default -> c;
    };
  }

  /**
   * True for names written as acronyms ("US", "U.S.", "DRC", "UAE"): every letter upper case and
   * at least two of them. In text such a name must appear in capitals too, or "us" would be a place.
   */
  public static boolean isAcronym(String name) {
    int letters = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }
}
