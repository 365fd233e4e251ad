package io.tagwire.cli;

import io.tagwire.bench.PipelineBench;
import io.tagwire.bench.PipelineBenchResult;
import io.tagwire.config.ConfigException;
import io.tagwire.config.PipelineConfig;
import io.tagwire.config.TagwireHome;
import io.tagwire.model.Json;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tagwire bench pipeline}: the pipeline's throughput against bare CoreNLP on the same cores. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = {"Throughput of (a) a bare CoreNLP loop with the pipeline's NER settings, (b) the pipeline with",
        "ingest and NER stages only, (c) the full pipeline; same corpus, same threads, one JVM, after a warm-up.",
        "Prints tokens/s, articles/s and the ratios b/a and c/a (1.0 = no overhead beyond CoreNLP).",
        "Any other --name=value option is passed to Beam (e.g. --runner=FlinkRunner)."})
public final class BenchPipelineCommand implements Callable<Integer> {

  @Option(names = "--pipeline", paramLabel = "FILE", defaultValue = "pipelines/nightly.yaml",
      description = "Pipeline definition whose stages and NER settings are measured (default: ${DEFAULT-VALUE}).")
  String pipeline;

  @Option(names = "--input", paramLabel = "FILE|DIR|GLOB", arity = "1..*",
      description = "JSON Lines articles the corpus is made from (default: sample-data/tonight sample-data/archive).")
  List<String> inputs;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "1000",
      description = "Corpus size: the English input articles repeated with distinct ids (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--threads", paramLabel = "T", description = "Threads for every pass (default: the number of cores).")
  Integer threads;

  @Option(names = "--warmup", paramLabel = "N",
      description = "Articles in the warm-up pass of each of (a), (b), (c) (default: --articles; a shorter warm-up leaves the first pipeline pass partly JIT-cold).")
  Integer warmup;

  @Option(names = "--repeat", paramLabel = "R", defaultValue = "1",
      description = "Measure each pass R times (interleaved) and report the medians (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--json", description = "Print the results as one JSON object on stdout.")
  boolean json;

  @CommandLine.Unmatched
  List<String> beamArgs = new ArrayList<>();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path pipelineFile = TagwireHome.resolve(pipeline);
    PipelineConfig config = PipelineConfig.load(pipelineFile);
    for (String a : beamArgs) {
      if (!a.startsWith("--") || !a.contains("=")) {
        throw new ConfigException("unknown argument '" + a + "' (Beam options take the form --name=value)");
      }
    }
    int cores = Runtime.getRuntime().availableProcessors();
    int t = threads == null ? cores : threads;
    if (articles < 1 || t < 1 || repeat < 1) {
      throw new ConfigException("--articles, --threads and --repeat must be at least 1");
    }
    int w = warmup == null ? articles : warmup;
    if (w < 1) {
      throw new ConfigException("--warmup must be at least 1 (JIT warm-up decides the first pass's speed)");
    }
    List<String> in = inputs != null ? inputs
        : List.of(TagwireHome.resolve("sample-data/tonight").toString(), TagwireHome.resolve("sample-data/archive").toString());

    PrintWriter err = spec.commandLine().getErr();
    PrintStream log = new PrintStream(new WriterOutputStream(err), true, StandardCharsets.UTF_8);
    PipelineBenchResult r = new PipelineBench(new PipelineBench.Settings(config, pipelineFile.toString(), in, articles, t, w,
        repeat, beamArgs), log).run();

    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(r));
    } else {
      printTable(out, r);
    }
    out.flush();
    return 0;
  }

  static void printTable(PrintWriter out, PipelineBenchResult r) {
    out.printf("bench pipeline: %d articles, %,d tokens (CoreNLP tokens of the bodies), %d thread(s) on %d core(s), %s%n",
        r.articles(), r.tokens(), r.threads(), r.cores(), r.runner());
    out.printf("model load (CoreNLP tokenize,ssplit,ner): %.2f s; warm-up %d articles per pass; %s%n", r.modelLoadSeconds(),
        r.warmupArticles(), r.repeat() == 1 ? "one measured round" : "medians of " + r.repeat() + " rounds");
    out.println();
    out.printf("%-44s %8s %10s %10s %6s %8s %9s %8s%n", "pass", "seconds", "tokens/s", "articles/s", "ratio", "CPU s",
        "CPU ratio", "heap MB");
    out.printf("%-44s %8.2f %,10.0f %10.1f %6s %8.1f %9s %,8d%n", "(a) bare CoreNLP loop", r.bareSeconds(),
        r.bareTokensPerSecond(), r.bareArticlesPerSecond(), "1.000", r.bareCpuSeconds(), "1.000", r.barePeakHeapMb());
    out.printf("%-44s %8.2f %,10.0f %10.1f %6.3f %8.1f %9.3f %,8d%n", "(b) pipeline: " + String.join(",", r.nerStages()),
        r.nerPipelineSeconds(), r.nerPipelineTokensPerSecond(), r.nerPipelineArticlesPerSecond(), r.nerRatio(),
        r.nerPipelineCpuSeconds(), r.nerCpuRatio(), r.nerPipelinePeakHeapMb());
    out.printf("%-44s %8.2f %,10.0f %10.1f %6.3f %8.1f %9.3f %,8d%n", "(c) full pipeline (" + r.fullStages().size() + " stages)",
        r.fullPipelineSeconds(), r.fullPipelineTokensPerSecond(), r.fullPipelineArticlesPerSecond(), r.fullRatio(),
        r.fullPipelineCpuSeconds(), r.fullCpuRatio(), r.fullPipelinePeakHeapMb());
    out.println();
    out.printf("nerRatio (b/a) %.3f, fullRatio (c/a) %.3f (bars on 2 cores: 0.95, 0.80); peak heap %,d MB%n",
        r.nerRatio(), r.fullRatio(), r.peakHeapMb());
    out.printf("(c) stages: %s%n", String.join(", ", r.fullStages()));
    if (r.rounds().size() > 1) {
      for (int i = 0; i < r.rounds().size(); i++) {
        var x = r.rounds().get(i);
        out.printf("round %d: seconds %.2f / %.2f / %.2f, CPU s %.1f / %.1f / %.1f%n", i + 1, x.bareSeconds(),
            x.nerPipelineSeconds(), x.fullPipelineSeconds(), x.bareCpuSeconds(), x.nerPipelineCpuSeconds(), x.fullPipelineCpuSeconds());
      }
    }
  }
}
