package io.tagwire.cli;

import io.tagwire.classify.RegionClassifier;
import io.tagwire.classify.RegionModel;
import io.tagwire.config.ConfigException;
import io.tagwire.config.PipelineConfig;
import io.tagwire.config.RegionsConfig;
import io.tagwire.config.TagwireHome;
import io.tagwire.ingest.ArticleFiles;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.Json;
import io.tagwire.nlp.SentenceTokenizer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntToLongFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tagwire bench regions}: the region classifier's speed on one thread, next to OpenNLP
 * sentence splitting and tokenisation of the same texts (a bare library call every article pays
 * anyway), so the ratio says what the stage adds. Both run once to warm up, then {@code --rounds}
 * times each, alternating; the median round counts. Also reports the one-time load of the
 * gazetteer and map.
 */
@Command(name = "regions", mixinStandardHelpOptions = true,
    description = "Region classifier (dateline, gazetteer scan, evidence) vs bare OpenNLP sentences+tokens on the same "
        + "articles, one thread; prints articles/s of both and the ratio.")
public final class BenchRegionsCommand implements Callable<Integer> {

  @Option(names = "--articles", paramLabel = "N", defaultValue = "2000",
      description = "Articles per pass: the input articles replicated to N (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--rounds", paramLabel = "R", defaultValue = "3", description = "Timed passes per side (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--pipeline", paramLabel = "FILE", defaultValue = "pipelines/nightly.yaml",
      description = "Pipeline file whose 'regions' settings and 'input' to use (default: ${DEFAULT-VALUE}).")
  String pipeline;

  @Option(names = "--input", paramLabel = "FILE|DIR", arity = "1..*", description = "Article files (default: the pipeline file's 'input').")
  List<String> inputs;

  @Option(names = "--json", description = "Print the same numbers as one JSON object.")
  boolean json;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (articles < 1 || rounds < 1) {
      throw new ConfigException("--articles and --rounds must be at least 1");
    }
    PipelineConfig config = PipelineConfig.load(TagwireHome.resolve(pipeline));
    List<String> in = inputs != null ? inputs : config.input().stream().map(s -> TagwireHome.resolve(s).toString()).toList();
    if (in.isEmpty()) {
      throw new ConfigException("no input: give --input or set 'input' in " + pipeline);
    }
    List<AnnotatedArticle> read = ArticleFiles.read(in, config.limits()).articles();
    if (read.isEmpty()) {
      throw new ConfigException("no valid articles in " + in);
    }
    List<String[]> texts = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      AnnotatedArticle a = read.get(i % read.size());
      texts.add(new String[] {a.article().titleOrEmpty(), a.article().body()});
    }
    long chars = texts.stream().mapToLong(t -> t[0].length() + t[1].length()).sum();

    RegionsConfig rc = config.regions();
    long loadStart = System.nanoTime();
    RegionModel model = RegionModel.load(rc.gazetteer(), rc.regionMap());
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    RegionClassifier classifier = new RegionClassifier(model, rc);
    SentenceTokenizer tokenizer = new SentenceTokenizer();

    IntToLongFunction regions = i -> classifier.classify(texts.get(i)[0], texts.get(i)[1], List.of()).size();
    IntToLongFunction tokens = i -> tokenizer.analyse(texts.get(i)[0]).tokenCount() + tokenizer.analyse(texts.get(i)[1]).tokenCount();
    pass(texts.size(), regions);
    pass(texts.size(), tokens);
    long[] regionNanos = new long[rounds];
    long[] tokenNanos = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      regionNanos[r] = pass(texts.size(), regions);
      tokenNanos[r] = pass(texts.size(), tokens);
    }
    double regionSeconds = median(regionNanos) / 1e9;
    double tokenSeconds = median(tokenNanos) / 1e9;

    Map<String, Object> o = new LinkedHashMap<>();
    o.put("articles", texts.size());
    o.put("distinctArticles", read.size());
    o.put("chars", chars);
    o.put("threads", 1);
    o.put("rounds", rounds);
    o.put("gazetteerNames", model.gazetteer().size());
    o.put("loadSeconds", round(loadSeconds));
    o.put("regionsArticlesPerSecond", round(texts.size() / regionSeconds));
    o.put("regionsMegabytesPerSecond", round(chars / regionSeconds / 1e6));
    o.put("tokenizeArticlesPerSecond", round(texts.size() / tokenSeconds));
    o.put("ratioRegionsToTokenize", round(regionSeconds / tokenSeconds));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(o));
    } else {
      out.printf("bench regions: %d articles (%d distinct, %.1f MB of text), 1 thread, median of %d rounds%n",
          texts.size(), read.size(), chars / 1e6, rounds);
      out.printf("  load gazetteer (%d names) + region map: %.2f s%n", model.gazetteer().size(), loadSeconds);
      out.printf("  regions (dateline + scan + evidence):   %,10.0f articles/s  (%.1f MB/s)%n", texts.size() / regionSeconds,
          chars / regionSeconds / 1e6);
      out.printf("  bare OpenNLP sentences + tokens:        %,10.0f articles/s%n", texts.size() / tokenSeconds);
      out.printf("  ratio regions / tokenize: %.3f (time per article)%n", regionSeconds / tokenSeconds);
    }
    out.flush();
    return 0;
  }

  private static long pass(int n, IntToLongFunction step) {
    long start = System.nanoTime();
    long sink = 0;
    for (int i = 0; i < n; i++) {
      sink += step.applyAsLong(i);
    }
    long nanos = System.nanoTime() - start;
    if (sink == Long.MIN_VALUE) {
      throw new IllegalStateException("unreachable; keeps the results alive");
    }
    return nanos;
  }

  private static long median(long[] v) {
    long[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  private static double round(double x) {
    return Math.round(x * 1000.0) / 1000.0;
  }
}
