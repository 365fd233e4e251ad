package io.tagwire.tagging;

import io.tagwire.model.EntityType;
import java.util.List;

/** Finds typed name mentions in a text; used to guess the type of a tag from how the text names it. */
public interface MentionTagger {
  record Mention(EntityType type, int begin, int end) {}

  List<Mention> mentions(String text);
}
