package io.tagwire.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.util.List;

/**
 * A tag suggested for an article. {@code band} is primary, significant or peripheral;
 * {@code source} is what proposed it (vocabulary, entity, keyphrase, feedback); {@code known}
 * tells whether the tag is already in the vocabulary.
 */
@JsonPropertyOrder({"tag", "type", "score", "band", "source", "known", "reasons"})
public record TagSuggestion(
    String tag, String type, double score, String band, String source, boolean known, List<String> reasons)
    implements Serializable {
  public TagSuggestion {
    reasons = List.copyOf(reasons);
  }
}
