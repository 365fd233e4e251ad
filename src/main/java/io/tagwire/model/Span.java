package io.tagwire.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.io.Serializable;

/** A {@code [begin, end)} range in UTF-16 code units of a text (what Java and JavaScript index by). */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Span(int begin, int end) implements Serializable, Comparable<Span> {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  public String of(String text) {
    return text.substring(begin, end);
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }
}
