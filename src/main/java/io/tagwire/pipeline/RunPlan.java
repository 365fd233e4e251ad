package io.tagwire.pipeline;

import io.tagwire.config.PipelineConfig;
import io.tagwire.model.EnrichedArticle;
import java.io.Serializable;
import java.util.List;

/**
 * Everything one run needs, fixed on the driver before the graph is built: the checked
 * configuration, the resolved input files, the temporary folder the run writes into, and the
 * provenance stamped on every record.
 */
public record RunPlan(
    PipelineConfig config,
    String pipelineFile,
    List<String> inputFiles,
    String workDir,
    String archiveDir,
    String runDate,
    int shards,
    EnrichedArticle.Provenance provenance)
    implements Serializable {

  public RunPlan {
    inputFiles = List.copyOf(inputFiles);
  }
}
