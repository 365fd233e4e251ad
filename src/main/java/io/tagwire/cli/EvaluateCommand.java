package io.tagwire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tagwire evaluate ...}: quality of each model component on labelled data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Measure a component on labelled data: precision, recall, F1 (and a confusion matrix for classifiers).",
    subcommands = {EvaluateNerCommand.class, EvaluateRegionsCommand.class, EvaluateTopicsCommand.class, EvaluateRelatedCommand.class, EvaluateTagsCommand.class})
public final class EvaluateCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
