package io.tagwire.tagging;

import io.tagwire.model.EntityType;
import java.util.Locale;

/** The types a vocabulary tag can have (column {@code type} of {@code vocabulary.tsv}). */
public enum TagType {
  PERSON,
  ORGANISATION,
  PLACE,
  TOPIC,
  CONCEPT,
  EVENT,
  PRODUCT;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type for a key, or null when it is not one of the seven. */
  public static TagType parse(String key) {
    if (key == null) {
      return null;
    }
    for (TagType t : values()) {
      if (t.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    return null;
  }

  /** The tag type an entity of this type proposes; MISC (nationalities, events, works) has no single one. */
  public static TagType of(EntityType type) {
    if (type == null) {
      return null;
    }
    return switch (type) {
      case PERSON -> PERSON;
      case ORGANIZATION -> ORGANISATION;
      case LOCATION -> PLACE;
      case MISC -> null;
    };
  }

  /** Names of people, organisations, places, events and products are written capitalised. */
  public boolean isName() {
    return this != TOPIC && this != CONCEPT;
  }

  public static String allKeys() {
    StringBuilder sb = new StringBuilder();
    for (TagType t : values()) {
      sb.append(sb.length() == 0 ? "" : "|").append(t.key());
    }
    return sb.toString();
  }
}
