package io.tagwire.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.util.List;

/** A link to a related article of the batch or the archive, explained by what they share. */
@JsonPropertyOrder({"id", "title", "url", "published", "score", "shared"})
public record RelatedLink(String id, String title, String url, String published, double score, List<String> shared)
    implements Serializable {
  public RelatedLink {
    shared = List.copyOf(shared);
  }
}
