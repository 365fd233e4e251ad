package io.tagwire.pipeline;

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
    // Nothing yet: the archive store adds its partition commit here.
  }
}
