package io.tagwire.tagging;

import java.io.Serializable;
import java.util.List;
import java.util.TreeSet;

/** The tag candidates of one article, with the body length that positions are relative to. */
public record ArticleCandidates(String articleId, int bodyLength, List<TagCandidate> candidates) implements Serializable {
  public ArticleCandidates {
    candidates = List.copyOf(candidates);
  }

  /** Distinct candidate keys: what this article contributes to the document frequencies. */
  public List<String> terms() {
    TreeSet<String> keys = new TreeSet<>();
    for (TagCandidate c : candidates) {
      keys.add(c.key());
    }
    return List.copyOf(keys);
  }
}
