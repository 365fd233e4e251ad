package io.tagwire.bench;

import io.tagwire.config.PipelineConfig;
import io.tagwire.config.Stage;
import io.tagwire.pipeline.AtomicOutput;
import io.tagwire.pipeline.NightlyRun;
import io.tagwire.pipeline.RunSummary;
import io.tagwire.pipeline.RunnerDefaults;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * {@code bench pipeline}: in one JVM and with the same number of threads, (a) the bare CoreNLP NER
 * loop, (b) the Beam pipeline with only ingest and the NER stages, (c) the full pipeline, each over
 * the same corpus after a warm-up pass of all three. Pipeline passes are whole {@code tagwire run}s
 * (graph construction, reading, deduplication, writing and the summary included), with the
 * production runner defaults.
 */
public final class PipelineBench {
  /** The stages of pass (b): ingest plus what named-entity recognition needs. */
  static final Set<String> NER_STAGES = Set.of(Stage.LANGUAGE.key(), Stage.TOKENIZE.key(), Stage.ENTITIES.key());

  public record Settings(PipelineConfig config, String pipelineFile, List<String> inputs, int articles, int threads,
      int warmupArticles, int repeat, List<String> beamArgs) {}

  private final Settings settings;
  private final PrintStream log;

  public PipelineBench(Settings settings, PrintStream log) {
    this.settings = settings;
    this.log = log;
  }

  public PipelineBenchResult run() throws Exception {
    Settings s = settings;
    PipelineConfig full = s.config();
    PipelineConfig ner = full.withStages(full.stages().stream().filter(NER_STAGES::contains).toList());
    Properties nerProperties = BareNerLoop.properties(full.entities());
    String[] beamArgs = beamArgs(s);
    String runner = RunnerDefaults.value(beamArgs, "runner") == null ? "DirectRunner" : RunnerDefaults.value(beamArgs, "runner");

    Path work = Files.createTempDirectory("tagwire-bench-");
    try {
      log.printf("bench: building the corpus (%d articles from %s)%n", s.articles(), String.join(", ", s.inputs()));
      BenchCorpus corpus = BenchCorpus.write(BenchCorpus.englishArticles(s.inputs()), s.articles(),
          work.resolve("corpus.jsonl"), nerProperties);
      BenchCorpus warmup = corpus.head(s.warmupArticles(), work.resolve("warmup.jsonl"));

      resetPeakHeap();
      BareNerLoop bare = new BareNerLoop(nerProperties);
      log.printf("bench: CoreNLP tokenize,ssplit,ner loaded in %.1f s%n", bare.loadSeconds());

      log.printf("bench: warm-up, %d articles through each pass%n", warmup.bodies().size());
      bare.run(warmup.bodies(), s.threads());
      pipelinePass(ner, warmup, work, beamArgs, "warmup-ner");
      pipelinePass(full, warmup, work, beamArgs, "warmup-full");

      double[] bareSeconds = new double[s.repeat()];
      double[] nerSeconds = new double[s.repeat()];
      double[] fullSeconds = new double[s.repeat()];
      double[][] cpu = new double[3][s.repeat()];
      List<PipelineBenchResult.Round> rounds = new ArrayList<>();
      long[] peaks = new long[3];
      long entityTokens = 0;
      for (int r = 0; r < s.repeat(); r++) {
        log.printf("bench: measuring%s: (a) bare CoreNLP%n", s.repeat() > 1 ? " (round " + (r + 1) + " of " + s.repeat() + ")" : "");
        settle();
        long t0 = System.nanoTime();
        double c0 = cpuSeconds();
        entityTokens = bare.run(corpus.bodies(), s.threads());
        bareSeconds[r] = (System.nanoTime() - t0) / 1e9;
        cpu[0][r] = cpuSeconds() - c0;
        peaks[0] = Math.max(peaks[0], peakHeapMb());

        log.printf("bench: (b) pipeline %s%n", ner.stages());
        settle();
        c0 = cpuSeconds();
        nerSeconds[r] = pipelinePass(ner, corpus, work, beamArgs, "ner-" + r);
        cpu[1][r] = cpuSeconds() - c0;
        peaks[1] = Math.max(peaks[1], peakHeapMb());

        log.printf("bench: (c) pipeline %s%n", full.stages());
        settle();
        c0 = cpuSeconds();
        fullSeconds[r] = pipelinePass(full, corpus, work, beamArgs, "full-" + r);
        cpu[2][r] = cpuSeconds() - c0;
        peaks[2] = Math.max(peaks[2], peakHeapMb());
        rounds.add(new PipelineBenchResult.Round(round2(bareSeconds[r]), round2(nerSeconds[r]), round2(fullSeconds[r]),
            round2(cpu[0][r]), round2(cpu[1][r]), round2(cpu[2][r])));
      }
      return PipelineBenchResult.of(runner, s.articles(), corpus.tokens(), s.threads(), Runtime.getRuntime().availableProcessors(),
          s.warmupArticles(), s.repeat(), bare.loadSeconds(), median(bareSeconds), median(nerSeconds), median(fullSeconds),
          median(cpu[0]), median(cpu[1]), median(cpu[2]), ner.stages(), full.stages(), entityTokens, peaks, rounds);
    } finally {
      AtomicOutput.deleteTree(work);
    }
  }

  /** The operator's Beam options, the thread count in the runner's own terms, then production defaults. */
  static String[] beamArgs(Settings s) {
    List<String> args = new ArrayList<>(s.beamArgs());
    String runner = RunnerDefaults.value(args.toArray(String[]::new), "runner");
    boolean flink = runner != null && runner.endsWith("FlinkRunner");
    String threads = flink ? "parallelism" : "targetParallelism";
    if (RunnerDefaults.value(args.toArray(String[]::new), threads) == null) {
      args.add("--" + threads + "=" + s.threads());
    }
    return RunnerDefaults.apply(args.toArray(String[]::new));
  }

  /** One whole run over the corpus into a scratch folder; returns its wall time in seconds. */
  private double pipelinePass(PipelineConfig config, BenchCorpus corpus, Path work, String[] beamArgs, String name)
      throws IOException {
    Path out = work.resolve("out-" + name);
    Path archive = work.resolve("archive-" + name);
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    // A nightly run starts in a fresh JVM: no article's embedding is remembered from an earlier pass.
    io.tagwire.classify.ArticleEmbedder.forgetRecent();
    long t0 = System.nanoTime();
    RunSummary summary = new NightlyRun(quiet).run(new NightlyRun.Request(config, settings.pipelineFile(),
        List.of(corpus.file().toString()), out, archive, "2026-01-15", 1, beamArgs));
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (summary.records().enriched() != corpus.bodies().size()) {
      throw new IllegalStateException("pass " + name + " enriched " + summary.records().enriched() + " of "
          + corpus.bodies().size() + " articles (dead letters: " + summary.deadLettersByReason() + ")");
    }
    AtomicOutput.deleteTree(out);
    AtomicOutput.deleteTree(archive);
    return seconds;
  }

  /**
   * CPU time of the whole process (all threads, GC and JIT included). On a machine shared with
   * other work, wall time depends on the neighbours; CPU time much less.
   */
  static double cpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
  }

  /** Garbage of the previous pass is not charged to the next one. */
  private static void settle() {
    System.gc();
    resetPeakHeap();
  }

  private static void resetPeakHeap() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Highest heap use since the last reset (live data plus garbage not yet collected). */
  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
