package io.tagwire.nlp;

import java.util.List;

/** Finds names in one text; mentions come back sorted by offset and do not overlap. */
public interface MentionRecognizer {
  List<NameMention> recognize(String text, NerTokens tokens);
}
