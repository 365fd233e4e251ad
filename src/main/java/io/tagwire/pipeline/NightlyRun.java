package io.tagwire.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.tagwire.config.ConfigException;
import io.tagwire.config.PipelineConfig;
import io.tagwire.config.Versions;
import io.tagwire.ingest.InputFiles;
import io.tagwire.model.EnrichedArticle;
import io.tagwire.model.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Runs one pipeline end to end on the driver: resolve inputs, plan, run the Beam graph into a work
 * folder, count and check what was written, write {@code summary.json}, and move the finished
 * output into place. Returns the exit status (0 done, 3 too many dead letters).
 */
public final class NightlyRun {
  public static final int EXIT_OK = 0;
  public static final int EXIT_TOO_MANY_DEAD_LETTERS = 3;

  /** What the operator asked for; paths already resolved by the CLI. */
  public record Request(PipelineConfig config, String pipelineFile, List<String> inputs, Path output, Path archive,
      String runDate, int shards, String[] beamArgs) {}

  private final PrintStream err;

  public NightlyRun(PrintStream err) {
    this.err = err;
  }

  public RunSummary run(Request req) throws IOException {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    List<String> files = InputFiles.resolve(req.inputs());
    PipelineConfig config = req.config();
    String runDate = req.runDate() == null ? LocalDate.now(ZoneOffset.UTC).toString() : req.runDate();
    String runId = runDate + "-" + fingerprint(files, config);
    Map<String, String> models = new TreeMap<>(ModelManifest.forConfig(config));
    EnrichedArticle.Provenance provenance = new EnrichedArticle.Provenance(config.name(), runId, Versions.tagwire(), models);

    AtomicOutput atomic = new AtomicOutput(req.output());
    Path work = atomic.begin(runId);
    RunPlan plan = new RunPlan(config, req.pipelineFile(), files, work.toString(),
        req.archive() == null ? null : req.archive().toAbsolutePath().toString(), runDate, req.shards(), provenance);

    PipelineOptions options = beamOptions(req.beamArgs());
    Pipeline pipeline = Pipeline.create(options);
    NightlyPipeline.build(pipeline, plan);
    String settings = RunnerDefaults.describe(req.beamArgs());
    err.printf("tagwire: run %s of pipeline '%s' over %d input file(s) on %s%s%n", runId, config.name(), files.size(),
        options.getRunner().getSimpleName(), settings.isEmpty() ? "" : " (" + settings + ")");

    MetricQueryResults metrics;
    try (Progress progress = Progress.start(err, 5_000)) {
      PipelineResult result = pipeline.run();
      PipelineResult.State state = result.waitUntilFinish();
      if (state != PipelineResult.State.DONE) {
        throw new IllegalStateException("pipeline ended in state " + state);
      }
      metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
    }

    Map<String, Long> counters = counters(metrics);
    SortedShards.merge(work, "enriched", plan.shards());
    SortedShards.merge(work, "dead-letter", 1);
    SortedShards.merge(work, "duplicates", 1);
    SortedShards.cleanUp(work);
    long enriched = countLines(work, "enriched");
    long duplicates = countLines(work, "duplicates");
    Map<String, Long> byReason = new TreeMap<>();
    Map<String, Long> byStage = new TreeMap<>();
    long dead = tallyDeadLetters(work, byReason, byStage);
    long read = counters.getOrDefault(Counters.RECORDS_READ, 0L);
    boolean balanced = read == enriched + dead + duplicates;
    if (!balanced) {
      throw new IllegalStateException("record accounting does not add up: read " + read + " != enriched " + enriched
          + " + dead letters " + dead + " + duplicates " + duplicates + " (output left in " + work + ")");
    }
    double ratio = read == 0 ? 0.0 : (double) dead / read;
    int exit = ratio > config.maxDeadLetterRatio() ? EXIT_TOO_MANY_DEAD_LETTERS : EXIT_OK;

    Map<String, Long> languages = new TreeMap<>();
    Map<String, Long> stageCounts = new TreeMap<>();
    counters.forEach((k, v) -> {
      if (k.startsWith("language_")) {
        languages.put(k.substring("language_".length()), v);
      } else if (k.startsWith("stage_")) {
        stageCounts.put(k.substring("stage_".length()), v);
      }
    });
    RunSummary summary = new RunSummary("1", config.name(), req.pipelineFile(), runId, runDate,
        options.getRunner().getSimpleName(), started.toString(), Instant.now().toString(),
        Math.round((System.nanoTime() - t0) / 1e7) / 100.0, exit, files,
        new RunSummary.Records(read, enriched, dead, duplicates, counters.getOrDefault("near_duplicates", 0L),
            counters.getOrDefault(Counters.BLANK_LINES, 0L), balanced),
        byReason, byStage, languages, stageCounts, Math.round(ratio * 10_000) / 10_000.0, config.maxDeadLetterRatio(),
        Versions.all(), models, peakHeapMb());
    Files.writeString(work.resolve("summary.json"),
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(summary) + "\n", StandardCharsets.UTF_8);
    RunFinishers.afterOutput(plan, work);
    atomic.commit(work);
    return summary;
  }

  static PipelineOptions beamOptions(String[] args) {
    try {
      PipelineOptionsFactory.register(TagwireOptions.class);
      return PipelineOptionsFactory.fromArgs(args).withValidation().as(TagwireOptions.class);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("Beam options: " + e.getMessage(), e);
    }
  }

  /** A run id that depends only on the inputs' bytes and the configuration, never the clock. */
  static String fingerprint(List<String> files, PipelineConfig config) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(Json.write(config).getBytes(StandardCharsets.UTF_8));
      byte[] buf = new byte[1 << 16];
      for (String f : files) {
        md.update(f.getBytes(StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(Path.of(f))) {
          int n;
          while ((n = in.read(buf)) > 0) {
            md.update(buf, 0, n);
          }
        }
      }
      return HexFormat.of().formatHex(md.digest(), 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Long> counters(MetricQueryResults metrics) {
    Map<String, Long> out = new TreeMap<>();
    for (MetricResult<Long> c : metrics.getCounters()) {
      if (!Counters.NAMESPACE.equals(c.getName().getNamespace())) {
        continue;
      }
      Long value;
      try {
        value = c.getCommitted();
      } catch (UnsupportedOperationException e) {
        value = c.getAttempted();
      }
      out.merge(c.getName().getName(), value == null ? 0L : value, Long::sum);
    }
    return out;
  }

  static long countLines(Path work, String prefix) throws IOException {
    long n = 0;
    try (var files = Files.list(work)) {
      for (Path p : files.filter(f -> f.getFileName().toString().startsWith(prefix + "-")).sorted().toList()) {
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
          while (r.readLine() != null) {
            n++;
          }
        }
      }
    }
    return n;
  }

  private static long tallyDeadLetters(Path work, Map<String, Long> byReason, Map<String, Long> byStage) throws IOException {
    long n = 0;
    Path file = work.resolve(WriteSortedLines.shardName("dead-letter", 0, 1));
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode d = Json.MAPPER.readTree(line);
        byReason.merge(d.path("reason").asText(), 1L, Long::sum);
        byStage.merge(d.path("stage").asText(), 1L, Long::sum);
        n++;
      }
    }
    return n;
  }

  static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
