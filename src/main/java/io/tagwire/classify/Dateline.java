package io.tagwire.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story: where it was filed. Forms recognised:
 * <pre>
 *   BEIRUT, Aug 15 (Tagwire) - ...        GAZA CITY - ...          WASHINGTON (Reuters) - ...
 *   KYIV, Ukraine (AP) — ...              ATHENS, Ga. (AP) — ...   PARIS/BERLIN (Reuters) - ...
 *   NEW DELHI: ...                        Beirut, Lebanon — ...    LONDON, 15 August 2025 (AFP) -- ...
 *   Washington (AFP) - ...                By Jane Doe\n\nGAZA CITY - ...
 * </pre>
 * The place is in capitals, or in title case when followed by a comma and a qualifier or date or
 * by an agency in parentheses;
 * then a qualifier (country or state, when not a date), a date, an agency in parentheses, and a
 * dash or colon. It opens the body or follows up to two short lines (a byline, the headline
 * again, an editor's note). {@code places} are the place names as written (several for
 * "PARIS/BERLIN"), {@code qualifier} the place after the comma ("Ukraine", "Ga.") or null,
 * {@code [begin, end)} the dateline's offsets in the body; the story proper starts at {@code end}.
 */
public record Dateline(List<String> places, String qualifier, int begin, int end) {

  private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
  private static final String CAPS_PLACE = "\\p{Lu}[\\p{Lu}\\p{M}.'\u2019\\- ]*[\\p{Lu}\\p{M}.]";
  private static final String TITLE_WORD = "\\p{Lu}[\\p{L}\\p{M}.'\u2019\\-]*";
  private static final String TITLE_PLACE = TITLE_WORD + "(?: (?:" + TITLE_WORD + "|de|da|do|del|al|el|es|la|le|of|am|an|sur|upon))*";
  private static final String REST = "(?<rest>(?:,[^,()\\n\\-\u2013\u2014:]{1,40}){0,3})";
  private static final String TAIL = "\\s*(?:\\([^()\\n]{1,40}\\))?\\s*(?:-{1,2}|\u2013|\u2014|:)";

  private static final Pattern CAPS = Pattern.compile(
      "^\\s*(?<place>" + CAPS_PLACE + "(?:\\s*/\\s*" + CAPS_PLACE + ")*)" + REST + TAIL);
  /** Title case needs a comma part or an agency: "Beirut, Lebanon -", "Washington (AFP) -". */
  private static final Pattern TITLE = Pattern.compile(
      "^\\s*(?<place>" + TITLE_PLACE + ")(?:(?<rest>(?:,[^,()\\n\\-\u2013\u2014:]{1,40}){1,3})" + TAIL
          + "|\\s*\\([^()\\n]{1,40}\\)\\s*(?:-{1,2}|\u2013|\u2014|:))");
  private static final int MAX_LINES_BEFORE = 2;
  private static final int MAX_LINE_BEFORE_CHARS = 160;
  private static final Pattern DATE_PART = Pattern.compile(".*(?:\\d|\\b" + MONTH + "(?:\\s|$)).*");

  /**
   * State and province abbreviations of US and Canadian datelines ("SPRINGFIELD, Ill. (AP) —",
   * "KAMLOOPS, B.C. —"): AP and Canadian Press style, and postal codes ("AUSTIN, TX -"). Read
   * only in the qualifier of a dateline, where they cannot be anything else; in running text
   * "La.", "Pa." or "Miss." would be. Keys as {@link PlaceNames#key} makes them.
   */
  private static final Set<String> US_STATES = Set.of("ala", "ariz", "ark", "calif", "cal", "colo", "conn", "del",
      "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb",
      "nev", "n h", "n j", "n m", "n y", "n c", "n d", "okla", "ore", "pa", "r i", "s c", "s d", "tenn", "tex", "vt",
      "va", "wash", "w va", "wis", "wyo", "d c",
      "al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl", "hi", "id", "il", "in", "ia", "ks", "me", "mi",
      "mn", "ms", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "ri", "sc", "sd", "tn", "tx",
      "ut", "wa", "wv", "wi", "wy");
  private static final Set<String> CANADIAN_PROVINCES = Set.of("alta", "b c", "man", "n b", "n l", "nfld", "n s",
      "n w t", "ont", "p e i", "que", "sask", "y t", "ab", "bc", "mb", "nb", "nl", "ns", "nt", "nu", "on", "pe", "qc",
      "sk", "yt");

  /**
   * The country a US state or Canadian province abbreviation in the qualifier stands for ("US",
   * "CA"), or null. Two-letter postal codes count only in capitals.
   */
  public String abbreviatedCountry() {
    if (qualifier == null) {
      return null;
    }
    String key = PlaceNames.key(qualifier);
    boolean postal = key.length() == 2 && !qualifier.contains(".");
    if (postal && !qualifier.strip().equals(qualifier.strip().toUpperCase(java.util.Locale.ROOT))) {
      return null;
    }
    if (US_STATES.contains(key)) {
      return "US";
    }
    return CANADIAN_PROVINCES.contains(key) ? "CA" : null;
  }

  /** The dateline at the start of a body, or null when it has none. */
  public static Dateline parse(String body) {
    if (body == null || body.isEmpty()) {
      return null;
    }
    // The dateline opens the body, or follows up to two short lines that are not the story yet:
    // a byline, the headline repeated, an editor's note such as "(Adds quotes)".
    int start = 0;
    for (int line = 0; line <= MAX_LINES_BEFORE; line++) {
      Dateline d = parseAt(body, start);
      if (d != null) {
        return d;
      }
      int nl = body.indexOf('\n', start);
      if (nl < 0 || nl - start > MAX_LINE_BEFORE_CHARS || endsSentence(body.substring(start, nl))) {
        return null;
      }
      start = nl + 1;
      while (start < body.length() && body.charAt(start) == '\n') {
        start++;
      }
    }
    return null;
  }

  /** A line ending like a sentence is the story, not a byline or note before the dateline. */
  private static boolean endsSentence(String line) {
    String s = line.strip();
    return !s.isEmpty() && ".!?".indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  private static Dateline parseAt(String body, int skip) {
    String head = body.substring(skip, Math.min(body.length(), skip + 160));
    Matcher m = CAPS.matcher(head);
    if (!m.find() || !hasCapitalWord(m.group("place"))) {
      m = TITLE.matcher(head);
      if (!m.find()) {
        return null;
      }
    }
    List<String> places = new ArrayList<>();
    for (String p : m.group("place").split("/")) {
      String s = p.strip();
      if (!s.isEmpty()) {
        places.add(s);
      }
    }
    String qualifier = null;
    String rest = m.group("rest");
    if (rest != null) {
      for (String part : rest.split(",")) {
        String s = part.strip();
        if (!s.isEmpty() && !DATE_PART.matcher(s).matches()) {
          qualifier = s;
          break;
        }
      }
    }
    int begin = skip + m.start("place");
    return places.isEmpty() ? null : new Dateline(List.copyOf(places), qualifier, begin, skip + m.end());
  }

  /** A capitals dateline needs a word of two or more letters ("A - " opens prose, not a dateline). */
  private static boolean hasCapitalWord(String place) {
    int run = 0;
    for (int i = 0; i < place.length(); i++) {
      if (Character.isLetter(place.charAt(i))) {
        if (++run >= 2) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }
}
