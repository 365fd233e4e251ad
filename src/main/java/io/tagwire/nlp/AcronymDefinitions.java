package io.tagwire.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Acronyms an article defines for itself: a name followed by an acronym in brackets whose letters
 * are the name's initials in order ("Israeli occupation forces (IOF)", "Data Protection
 * Commission (DPC)", "UN Relief and Works Agency (UNRWA)"). A bracketed code whose letters do not
 * fit the name (a ticker, "Microsoft (MSFT)") defines nothing.
 */
final class AcronymDefinitions {
  private AcronymDefinitions() {}

  /** The acronym defined right after the name at {@code [begin, end)}, or null. */
  static String definedAfter(String text, NerTokens tokens, int begin, int end) {
    int open = tokens.firstTokenEndingAfter(end);
    if (open + 2 >= tokens.size() || tokens.begin(open) < end || !text.substring(end, tokens.begin(open)).isBlank()
        || !tokens.word(open).equals("(") || !tokens.word(open + 2).equals(")")) {
      return null;
    }
    String acronym = tokens.word(open + 1);
    return isAcronym(acronym) && fitsInitials(acronym, text.substring(begin, end)) ? acronym : null;
  }

  /** Character range of the acronym defined after {@code end} (call after {@link #definedAfter} succeeded). */
  static int[] acronymSpan(NerTokens tokens, int end) {
    int open = tokens.firstTokenEndingAfter(end);
    return new int[] {tokens.begin(open + 1), tokens.end(open + 1)};
  }

  static boolean isAcronym(String word) {
    if (word.length() < 2 || word.length() > 10 || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    int upper = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (!Character.isDigit(c) && c != '&' && c != '.' && c != '-') {
        return false;
      }
    }
    return upper >= 2;
  }

  /**
   * True when the acronym's letters occur in order among the name's initials: the first letter of
   * each word (words split at spaces and hyphens), or every letter of an all-capitals word.
   */
  static boolean fitsInitials(String acronym, String name) {
    List<Character> initials = new ArrayList<>();
    for (String word : name.split("[\\s\\-]+")) {
      String w = word.replaceAll("[^\\p{L}\\p{Nd}]", "");
      if (w.isEmpty()) {
        continue;
      }
      if (w.length() >= 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
        for (char c : w.toCharArray()) {
          initials.add(Character.toUpperCase(c));
        }
      } else {
        initials.add(Character.toUpperCase(w.charAt(0)));
      }
    }
    String letters = acronym.replaceAll("[^\\p{L}\\p{Nd}]", "").toUpperCase(java.util.Locale.ROOT);
    if (letters.isEmpty() || initials.isEmpty() || initials.get(0) != letters.charAt(0)) {
      return false;
    }
    int at = 0;
    for (char c : initials) {
      if (at < letters.length() && c == letters.charAt(at)) {
        at++;
      }
    }
    return at == letters.length();
  }
}
