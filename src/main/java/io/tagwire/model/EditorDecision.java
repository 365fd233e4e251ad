package io.tagwire.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;

/**
 * One editor decision on one suggested tag: a line of the append-only feedback file
 * ({@code tags.feedback} in the pipeline file). {@code decision} is {@code accepted},
 * {@code rejected} or {@code added}; {@code reason} (for rejections) is {@code wrong} or
 * {@code marginal}; {@code time} is ISO-8601 UTC. The next run applies these decisions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"articleId", "tag", "decision", "reason", "tagType", "wording", "editor", "time", "runId"})
public record EditorDecision(
    String articleId,
    String tag,
    String decision,
    String reason,
    String tagType,
    String wording,
    String editor,
    String time,
    String runId)
    implements Serializable {

  public static final String ACCEPTED = "accepted";
  public static final String REJECTED = "rejected";
  public static final String ADDED = "added";
}
