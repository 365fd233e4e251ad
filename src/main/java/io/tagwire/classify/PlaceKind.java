package io.tagwire.classify;

import java.util.Locale;

/** What a gazetteer name is: the {@code kind} column of {@code models/regions/gazetteer.tsv}. */
public enum PlaceKind {
  COUNTRY,
  ALIAS,
  CAPITAL,
  CITY,
  SUBDIVISION,
  AREA,
  /** A nationality or people ("Lebanese", "Palestinians"): weaker evidence than a place name. */
  DEMONYM,
  /** A building or institution that stands for a country ("Pentagon", "Knesset", "Kremlin"). */
  LANDMARK;

  public static PlaceKind parse(String s) {
    for (PlaceKind k : values()) {
      if (k.key().equals(s)) {
        return k;
      }
    }
    return null;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
