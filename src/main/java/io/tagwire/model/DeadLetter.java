package io.tagwire.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;

/**
 * A record that could not be enriched: the raw input (as far as it could be decoded), where it
 * came from, the stage that refused it, a stable machine-readable reason code, the field at fault
 * (when one is) and a sentence for people.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"file", "line", "stage", "reason", "field", "message", "id", "raw"})
public record DeadLetter(
    String file, long line, String stage, String reason, String field, String message, String id, String raw)
    implements Serializable {

  /** Raw text is capped so one giant bad record cannot blow up the dead-letter file. */
  public static final int MAX_RAW_CHARS = 10_000;

  public static DeadLetter of(SourceRef ref, String stage, String reason, String field, String message, String id, String raw) {
    String kept = raw == null || raw.length() <= MAX_RAW_CHARS
        ? raw
        : raw.substring(0, MAX_RAW_CHARS) + "…[truncated " + (raw.length() - MAX_RAW_CHARS) + " chars]";
    return new DeadLetter(ref.file(), ref.line(), stage, reason, field, message, id, kept);
  }
}
