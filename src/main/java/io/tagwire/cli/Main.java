package io.tagwire.cli;

import io.tagwire.config.ConfigException;
import io.tagwire.config.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tagwire} command line. */
@Command(
    name = "tagwire",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Batch NLP for newsrooms: entities, topics, regions, suggested tags and related links.",
    subcommands = {RunCommand.class, TrainCommand.class, EvaluateCommand.class, BenchCommand.class, ReviewCommand.class, SchemaCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  public static final int EXIT_USAGE = 2;
  public static final int EXIT_FAILURE = 1;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the CLI and returns the exit status (tests call this instead of {@link #main}). */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, with error handling that maps failures to exit statuses. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof ConfigException) {
        cmd.getErr().println("tagwire: error: " + e.getMessage());
        return EXIT_USAGE;
      }
      cmd.getErr().println("tagwire: " + cmd.getCommandName() + " failed: " + rootMessage(e));
      if (causedByOutOfMemory(e)) {
        cmd.getErr().printf("tagwire: the JVM ran out of heap (%,d MB): give it more with TAGWIRE_HEAP (e.g. TAGWIRE_HEAP=8g),"
            + " or run the input in smaller batches (a night at a time; docs/scaling.md)%n", Runtime.getRuntime().maxMemory() >> 20);
      }
      if (Boolean.getBoolean("tagwire.debug")) {
        e.printStackTrace(cmd.getErr());
      } else {
        cmd.getErr().println("tagwire: (set TAGWIRE_DEBUG=1 for the stack trace)");
      }
      return EXIT_FAILURE;
    });
    return cli;
  }

  static boolean causedByOutOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    String msg = String.valueOf(e.getMessage());
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
      if (t.getMessage() != null) {
        msg = t.getMessage();
      }
    }
    return t.getClass().getSimpleName() + ": " + msg;
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"tagwire " + Versions.tagwire(),
          "beam " + Versions.all().get("beam") + ", corenlp " + Versions.all().get("corenlp")
              + ", opennlp " + Versions.all().get("opennlp") + ", java " + Versions.all().get("java")};
    }
  }
}
