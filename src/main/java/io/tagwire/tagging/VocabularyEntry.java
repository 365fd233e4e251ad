package io.tagwire.tagging;

import java.io.Serializable;
import java.util.List;

/**
 * One line of the tag vocabulary: the tag as the site shows it, its type, other ways the text
 * may name it, and free-text hints for editors.
 */
public record VocabularyEntry(String tag, TagType type, List<String> aliases, String hints) implements Serializable {
  public VocabularyEntry {
    aliases = List.copyOf(aliases);
    hints = hints == null ? "" : hints;
  }

  /** The tag and its aliases: every name the text may use for it. */
  public List<String> names() {
    java.util.ArrayList<String> all = new java.util.ArrayList<>();
    all.add(tag);
    all.addAll(aliases);
    return all;
  }

  public VocabularyEntry withAlias(String alias) {
    if (alias == null || alias.isBlank() || TagText.key(alias).equals(TagText.key(tag))
        || aliases.stream().anyMatch(a -> a.equals(alias.strip()))) {
      return this;
    }
    java.util.ArrayList<String> more = new java.util.ArrayList<>(aliases);
    more.add(alias.strip());
    return new VocabularyEntry(tag, type, more, hints);
  }
}
