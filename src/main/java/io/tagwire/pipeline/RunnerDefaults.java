package io.tagwire.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * The Beam options a production run gets unless the operator gives them: throughput settings per
 * runner, chosen by measurement (docs/scaling.md). An option on the command line always wins.
 *
 * <ul>
 *   <li>DirectRunner: the immutability and encodability checks re-encode every element at every
 *       step with Java serialization; they catch bugs in tests (where they stay on) and only cost
 *       time in a nightly run. One worker thread per core.
 *   <li>FlinkRunner: an embedded cluster ({@code [local]}) unless a master is named, with one slot
 *       per core (Flink's local default is one, leaving cores idle), and object reuse and
 *       {@code fasterCopy} between chained operators: safe because stages never mutate their input
 *       (articles are immutable records), and each saves a serialised copy of every article at
 *       every stage. A remote cluster keeps its own configured parallelism unless
 *       {@code --parallelism} is given. Grouped values may be iterated more than once: Beam's own
 *       CoGroupByKey does so for groups of more than 10,000 values (the related stage's candidate
 *       join at 1,000 articles), and Flink refuses it otherwise.
 * </ul>
 */
public final class RunnerDefaults {
  private RunnerDefaults() {}

  public static final String LOCAL_FLINK = "[local]";

  /**
   * Set (by the build, for tests) to keep DirectRunner's immutability and encodability checks on
   * even in runs started through the CLI.
   */
  public static final String STRICT_PROPERTY = "tagwire.strictRunnerChecks";

  /** {@code args} plus the production defaults for the runner they select. */
  public static String[] apply(String[] args) {
    return apply(args, Runtime.getRuntime().availableProcessors(), Boolean.getBoolean(STRICT_PROPERTY));
  }

  static String[] apply(String[] args, int cores, boolean strict) {
    List<String> out = new ArrayList<>(List.of(args));
    String runner = value(args, "runner");
    if (runner == null || runner.equals("DirectRunner") || runner.endsWith(".DirectRunner")) {
      if (!strict) {
        addIfAbsent(out, "enforceImmutability", "false");
        addIfAbsent(out, "enforceEncodability", "false");
      }
      addIfAbsent(out, "targetParallelism", Integer.toString(cores));
    } else if (runner.equals("FlinkRunner") || runner.endsWith(".FlinkRunner")) {
      addIfAbsent(out, "flinkMaster", LOCAL_FLINK);
      String master = value(out.toArray(String[]::new), "flinkMaster");
      if (LOCAL_FLINK.equals(master) || "[auto]".equals(master)) {
        addIfAbsent(out, "parallelism", Integer.toString(cores));
      }
      addIfAbsent(out, "objectReuse", "true");
      addIfAbsent(out, "fasterCopy", "true");
      addIfAbsent(out, "reIterableGroupByKeyResult", "true");
    }
    return out.toArray(String[]::new);
  }

  /**
   * Worker threads the runner of {@code options} will use, or 0 when it cannot be known here (a
   * remote Flink cluster with its own default parallelism, another runner).
   */
  public static int workers(PipelineOptions options) {
    String runner = options.getRunner() == null ? "" : options.getRunner().getSimpleName();
    if (runner.equals("DirectRunner") || runner.equals("TestPipeline")) {
      return options.as(DirectOptions.class).getTargetParallelism();
    }
    if (runner.equals("FlinkRunner") || runner.equals("TestFlinkRunner")) {
      return Math.max(0, options.as(FlinkPipelineOptions.class).getParallelism());
    }
    return 0;
  }

  /**
   * How many groups a shuffle should use: {@code perWorker} per worker, between 2 and {@code max},
   * and {@code max} when the workers are not known here. More groups than workers add no
   * parallelism, and on the DirectRunner every group upstream of another shuffle is a bundle whose
   * arrival copies that shuffle's grouped values.
   */
  public static int groups(PipelineOptions options, int perWorker, int max) {
    int workers = workers(options);
    return workers <= 0 ? max : Math.max(2, Math.min(max, perWorker * workers));
  }

  /** The runner settings worth a line on the operator's terminal, e.g. {@code [local], parallelism 2}. */
  public static String describe(String[] args) {
    List<String> parts = new ArrayList<>();
    for (String name : List.of("flinkMaster", "parallelism", "targetParallelism")) {
      String v = value(args, name);
      if (v != null) {
        parts.add(name.equals("flinkMaster") ? v : name + " " + v);
      }
    }
    return String.join(", ", parts);
  }

  /** The value of {@code --name=value} in {@code args}, or null; Beam's last-one-wins rule. */
  public static String value(String[] args, String name) {
    String found = null;
    for (String a : args) {
      if (a.startsWith("--" + name + "=")) {
        found = a.substring(name.length() + 3);
      }
    }
    return found;
  }

  private static void addIfAbsent(List<String> args, String name, String value) {
    if (value(args.toArray(String[]::new), name) == null) {
      args.add("--" + name + "=" + value);
    }
  }
}
