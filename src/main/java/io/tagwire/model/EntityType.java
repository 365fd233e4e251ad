package io.tagwire.model;

/** The four CoNLL entity types that every recogniser's labels are mapped to. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC;

  /** Maps recogniser labels (CoNLL {@code PER}, CoreNLP {@code PERSON}, ...) to a type, or null. */
  public static EntityType fromLabel(String label) {
    if (label == null) {
      return null;
    }
    switch (label.toUpperCase(java.util.Locale.ROOT)) {
      case "PER":
      case "PERSON":
        return PERSON;
      case "ORG":
      case "ORGANIZATION":
      case "ORGANISATION":
        return ORGANIZATION;
      case "LOC":
      case "LOCATION":
      case "GPE":
        return LOCATION;
      case "MISC":
        return MISC;
      default:
        return null;
    }
  }
}
