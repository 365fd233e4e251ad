package io.tagwire.cli;

import io.tagwire.config.ConfigException;
import io.tagwire.config.PipelineConfig;
import io.tagwire.config.TagwireHome;
import io.tagwire.pipeline.NightlyRun;
import io.tagwire.pipeline.RunSummary;
import io.tagwire.pipeline.RunnerDefaults;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tagwire run}: the nightly pipeline (or any pipeline file) over article files. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {"Run a pipeline over article files and write enriched JSON, dead letters and summary.json.",
        "Any other --name=value option is passed to Apache Beam (--runner, --targetParallelism, --flinkMaster, ...).",
        "Production defaults (docs/scaling.md): DirectRunner without immutability/encodability checks, one thread per core;",
        "FlinkRunner on an embedded cluster (--flinkMaster=[local]) with --parallelism = cores and --objectReuse=true.",
        "Exit status: 0 done; 2 usage or configuration error; 3 done, but dead letters exceed maxDeadLetterRatio; 1 failure."})
public final class RunCommand implements Callable<Integer> {

  @Option(names = "--pipeline", paramLabel = "FILE", defaultValue = "pipelines/nightly.yaml",
      description = "Pipeline definition (default: ${DEFAULT-VALUE}).")
  String pipeline;

  @Option(names = "--input", paramLabel = "FILE|DIR|GLOB", arity = "1..*",
      description = "Input files, folders or globs (.jsonl, .json, .csv). Default: the pipeline file's 'input'.")
  List<String> inputs;

  @Option(names = "--output", paramLabel = "DIR", description = "Output folder, replaced atomically when the run succeeds. Default: the pipeline file's 'output'.")
  Path output;

  @Option(names = "--archive", paramLabel = "DIR", description = "Archive of earlier runs. Default: the pipeline file's 'archive'.")
  Path archive;

  @Option(names = "--run-date", paramLabel = "YYYY-MM-DD", description = "The night this run stands for (default: today, UTC). Names the archive partition.")
  String runDate;

  @Option(names = "--feedback", paramLabel = "FILE",
      description = "Editor feedback (JSONL of decisions) the 'tags' stage applies. Default: the pipeline file's tags.feedback.")
  String feedback;

  @Option(names = "--shards", paramLabel = "N", defaultValue = "1", description = "Number of enriched-*.jsonl files (default: ${DEFAULT-VALUE}).")
  int shards;

  @Option(names = "--topic-model", paramLabel = "FILE", description = "Topic model to use instead of the pipeline file's topics.model.")
  String topicModel;

  @CommandLine.Unmatched
  List<String> beamArgs = new ArrayList<>();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path pipelineFile = TagwireHome.resolve(pipeline);
    PipelineConfig config = PipelineConfig.load(pipelineFile);
    if (topicModel != null) {
      if (!java.nio.file.Files.isRegularFile(TagwireHome.resolve(topicModel))) {
        throw new ConfigException("--topic-model " + topicModel + ": no such file");
      }
      config = config.withTopics(config.topics().withModel(topicModel));
    }
    if (feedback != null) {
      config = config.withTags(config.tags().withFeedback(feedback));
    }
    for (String a : beamArgs) {
      if (!a.startsWith("--") || !a.contains("=")) {
        throw new ConfigException("unknown argument '" + a + "' (Beam options take the form --name=value; see tagwire run --help)");
      }
    }
    List<String> in = inputs != null ? inputs : config.input().stream().map(s -> TagwireHome.resolve(s).toString()).toList();
    if (in.isEmpty()) {
      throw new ConfigException("no input: give --input or set 'input' in " + pipelineFile);
    }
    Path out = output != null ? output : config.output() != null ? Path.of(config.output()) : null;
    if (out == null) {
      throw new ConfigException("no output folder: give --output or set 'output' in " + pipelineFile);
    }
    Path arch = archive != null ? archive : config.archive() != null ? Path.of(config.archive()) : null;
    if (runDate != null) {
      try {
        LocalDate.parse(runDate);
      } catch (DateTimeParseException e) {
        throw new ConfigException("--run-date: expected YYYY-MM-DD, got '" + runDate + "'");
      }
    }
    if (shards < 1 || shards > 10_000) {
      throw new ConfigException("--shards: expected 1..10000, got " + shards);
    }
    var err = spec.commandLine().getErr();
    RunSummary s = new NightlyRun(new java.io.PrintStream(new WriterOutputStream(err), true, java.nio.charset.StandardCharsets.UTF_8))
        .run(new NightlyRun.Request(config, pipelineFile.toString(), in, out, arch, runDate, shards,
            RunnerDefaults.apply(beamArgs.toArray(String[]::new))));
    var r = s.records();
    err.printf("tagwire: read %d records: %d enriched, %d dead-lettered, %d duplicates dropped (%d blank lines skipped) in %.1f s%n",
        r.read(), r.enriched(), r.deadLettered(), r.duplicatesDropped(), r.blankLinesSkipped(), s.wallSeconds());
    if (!s.deadLettersByReason().isEmpty()) {
      err.printf("tagwire: dead letters by reason: %s%n", s.deadLettersByReason());
    }
    err.printf("tagwire: output in %s%n", out.toAbsolutePath().normalize());
    if (s.exitStatus() == NightlyRun.EXIT_TOO_MANY_DEAD_LETTERS) {
      err.printf("tagwire: dead-letter ratio %.3f exceeds maxDeadLetterRatio %.3f (exit status 3)%n",
          s.deadLetterRatio(), s.maxDeadLetterRatio());
    }
    err.flush();
    return s.exitStatus();
  }
}
