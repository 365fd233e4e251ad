package io.tagwire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tagwire evaluate ...}: throughput of the pipeline and its components (prints ratios, not verdicts). */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure speed: tokens/s, articles/s and ratios against bare library calls.",
    subcommands = {BenchNerCommand.class, BenchPipelineCommand.class, BenchRegionsCommand.class, BenchTopicsCommand.class, BenchRelatedCommand.class, BenchTagsCommand.class})
public final class BenchCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
