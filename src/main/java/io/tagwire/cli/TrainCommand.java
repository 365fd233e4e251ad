package io.tagwire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tagwire train ...}: build a model from labelled data, deterministically. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a model from labelled articles (deterministic: same data, same model bytes).",
    subcommands = {TrainTopicsCommand.class, TrainTagsCommand.class})
public final class TrainCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
