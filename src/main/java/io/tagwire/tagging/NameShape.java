package io.tagwire.tagging;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the words of a capitalised name say about its type: "Red Sea International Film Festival"
 * is an event, "Bureau of Reclamation" an organisation, "Colorado River" a place. Lower-case
 * phrases ("Film festivals") are topics whatever their words, so they get no type here.
 */
public final class NameShape {
  private NameShape() {}

  static final Pattern EVENT = Pattern.compile(
      "(?i).*\\b(festival|biennale|biennial|cup|tournament|playoffs|series|championships?|olympics|games|summit|conference|cop\\d+|expo|fair|"
          + "open|grand prix|marathon|tour|world series|awards?|week|day|elections?|referendum)\\b.*");
  static final Pattern ORGANISATION = Pattern.compile(
      "(?i).*\\b(organi[sz]ation|agency|bank|ministry|department|association|council|committee|authority|institute|"
          + "forces|army|party|union|federation|club|university|commission|court|parliament|senate|assembly|house|"
          + "congress|team|league|company|corporation|fund|foundation|programme|program|service|unit|brigades?|"
          + "movement|coalition|office|board|bureau|society|network|trust|alliance|group|museum|theatre|theater|centre|"
          + "center|orchestra|school|college|hospital|inc|ltd|plc|fc)\\b.*");
  static final Pattern PLACE = Pattern.compile(
      "(?i).*\\b(river|desert|park|glacier|strip|valley|mountains?|islands?|sea|lake|city|province|prefecture|state|"
          + "region|square|camp|county|district|peninsula|gulf|coast|bay|canal|basin|plateau|heights|oblast|governorate)\\b.*");

  /**
   * The type the words of a capitalised multi-word name imply, or null (one word, lower case, or
   * no telling word).
   */
  public static TagType typeOf(String tag) {
    if (!tag.strip().contains(" ") || !isCapitalisedName(tag)) {
      return null; // "Film festivals", "Refugee camps": lower-case phrases are topics whatever their words
    }
    if (ORGANISATION.matcher(tag).matches()) {
      return TagType.ORGANISATION;
    }
    if (EVENT.matcher(tag).matches()) {
      return TagType.EVENT;
    }
    return PLACE.matcher(tag).matches() ? TagType.PLACE : null;
  }

  /** Words that stay in lower case inside names ("Court of Arbitration for Sport", "Bangko Sentral ng Pilipinas"). */
  private static final Set<String> NAME_PARTICLES = Set.of("of", "and", "the", "for", "on", "in", "at", "to", "a", "an",
      "de", "del", "della", "la", "le", "les", "el", "al", "da", "do", "dos", "das", "du", "des", "di", "y", "e", "ng",
      "van", "von", "der", "den", "bin", "ibn");

  /** Every word capitalised except name particles: how names are written, as opposed to topics. */
  public static boolean isCapitalisedName(String tag) {
    for (TagText.Piece p : TagText.pieces(tag)) {
      if (!p.capitalised() && !NAME_PARTICLES.contains(tag.substring(p.begin(), p.end()))) {
        return false;
      }
    }
    return true;
  }
}
