package io.tagwire.classify;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * What a topic model is and how it was made, stored inside the model file: labels (in class
 * order), features, training parameters, the SHA-256 of the training files' bytes, counts per
 * label, and the versions that shape its output. No timestamps: the same data gives the same bytes.
 */
@JsonPropertyOrder({"format", "tool", "method", "labels", "features", "embeddingModel", "parameters", "descriptions", "priorWeight", "training"})
public record TopicManifest(
    String format,
    String tool,
    String method,
    List<String> labels,
    List<String> features,
    String embeddingModel,
    TopicParams parameters,
    Map<String, List<String>> descriptions,
    Double priorWeight,
    Training training) {

  public static final String FORMAT = "tagwire-topics/1";

  /** The training data: input files (sorted), their bytes' SHA-256, what was used and left out. */
  @JsonPropertyOrder({"files", "sha256", "examples", "countsPerLabel", "skipped"})
  public record Training(List<String> files, String sha256, int examples, Map<String, Integer> countsPerLabel,
                         Map<String, Integer> skipped) {}
}
