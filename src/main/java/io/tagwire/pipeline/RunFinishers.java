package io.tagwire.pipeline;

import io.tagwire.config.Stage;
import io.tagwire.related.ArchiveStore;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Work done on the driver after the graph has written its outputs and before they are moved into
 * place (for example publishing the run's archive partition), so it happens only for runs that
 * succeeded.
 */
final class RunFinishers {
  private RunFinishers() {}

  static void afterOutput(RunPlan plan, Path work) throws IOException {
    if (plan.config().runs(Stage.RELATED) && plan.archiveDir() != null) {
      // Tonight's partition replaces any earlier one of the same date, whole or not at all, and
      // leaves the output folder (it lives in the archive, not next to the enriched records).
      publishPartition(work.resolve(LinkRelatedArticles.PARTITION_DIR), Path.of(plan.archiveDir()), plan.runDate(),
          plan.provenance().runId());
    }
  }

  /** Merges the partition the graph wrote as sorted part files (WriteSortedLines), then publishes it. */
  static void publishPartition(Path partition, Path archive, String runDate, String runId) throws IOException {
    SortedShards.merge(partition, ArchiveStore.FILE_PREFIX, 1);
    SortedShards.cleanUp(partition);
    ArchiveStore.publish(partition, archive, runDate, runId);
  }
}
