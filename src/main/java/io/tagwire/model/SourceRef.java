package io.tagwire.model;

import java.io.Serializable;

/** Where a record came from: the input file and the 1-based line its record starts on. */
public record SourceRef(String file, long line) implements Serializable {
  @Override
  public String toString() {
    return file + ":" + line;
  }
}
