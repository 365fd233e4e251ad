package io.tagwire.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;
import java.util.List;

/** A scored label (a topic or a region); {@code evidence} names what voted for it, when known. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Label(String label, double score, List<String> evidence) implements Serializable {
  public Label(String label, double score) {
    this(label, score, null);
  }
}
