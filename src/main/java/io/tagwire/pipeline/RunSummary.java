package io.tagwire.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.json}: what a run read, wrote and refused, and with what. The identity
 * {@code read = enriched + deadLettered + duplicatesDropped} holds for every run; {@code balanced}
 * says it was checked.
 */
@JsonPropertyOrder({"schemaVersion", "pipeline", "pipelineFile", "runId", "runDate", "runner", "startedAt", "finishedAt",
    "wallSeconds", "exitStatus", "inputs", "records", "deadLettersByReason", "deadLettersByStage", "languages",
    "stageCounts", "deadLetterRatio", "maxDeadLetterRatio", "versions", "models", "peakHeapMb"})
public record RunSummary(
    String schemaVersion,
    String pipeline,
    String pipelineFile,
    String runId,
    String runDate,
    String runner,
    String startedAt,
    String finishedAt,
    double wallSeconds,
    int exitStatus,
    List<String> inputs,
    Records records,
    Map<String, Long> deadLettersByReason,
    Map<String, Long> deadLettersByStage,
    Map<String, Long> languages,
    Map<String, Long> stageCounts,
    double deadLetterRatio,
    double maxDeadLetterRatio,
    Map<String, String> versions,
    Map<String, String> models,
    long peakHeapMb) {

  @JsonPropertyOrder({"read", "enriched", "deadLettered", "duplicatesDropped", "nearDuplicatesFlagged", "blankLinesSkipped", "balanced"})
  public record Records(long read, long enriched, long deadLettered, long duplicatesDropped, long nearDuplicatesFlagged,
      long blankLinesSkipped, boolean balanced) {}
}
