package io.tagwire.tagging;

import java.io.Serializable;
import java.util.List;

/**
 * One possible tag of one article with the evidence the scorer weighs: where and how often it is
 * mentioned, the entity salience if an entity proposed it, and the vocabulary aliases the text
 * used. {@code key} ({@link TagText#collapseKey}) is its identity for merging variants, for
 * document frequencies and for editor feedback. Offsets are UTF-16 code units of the body.
 */
public record TagCandidate(
    String key,
    String tag,
    String type,
    String source,
    boolean known,
    int titleMentions,
    int leadMentions,
    int bodyMentions,
    int firstOffset,
    int lastOffset,
    Double salience,
    String entityType,
    List<String> aliasesUsed)
    implements Serializable {

  public static final String VOCABULARY = "vocabulary";
  public static final String ENTITY = "entity";
  public static final String KEYPHRASE = "keyphrase";
  public static final String FEEDBACK = "feedback";
  /** The type of a new name whose kind nothing tells (a capitalised keyphrase without an entity behind it). */
  public static final String UNKNOWN_TYPE = "unknown";

  /** A common-noun keyphrase ("mass surveillance"), as opposed to a name found as a keyphrase. */
  public boolean isTopicKeyphrase() {
    return KEYPHRASE.equals(source) && TagType.TOPIC.key().equals(type);
  }

  public TagCandidate {
    aliasesUsed = List.copyOf(aliasesUsed);
  }

  public int mentions() {
    return titleMentions + bodyMentions;
  }
}
