package io.tagwire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.tagwire.config.ConfigException;
import io.tagwire.config.EntitiesConfig;
import io.tagwire.config.PipelineConfig;
import io.tagwire.config.TagwireHome;
import io.tagwire.ingest.InputFiles;
import io.tagwire.model.Json;
import io.tagwire.model.TextAnalysis;
import io.tagwire.nlp.EntityModels;
import io.tagwire.nlp.EntityRecognizer;
import io.tagwire.nlp.LanguageIdentifier;
import io.tagwire.nlp.SentenceTokenizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntToLongFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tagwire bench ner}: the entity stage's speed next to a bare CoreNLP loop on the same
 * texts and threads. The stage side is what the pipeline does per article after tokenisation
 * (recognition, merging, canonical entities, salience) on pre-tokenised text; the bare side is a
 * {@code StanfordCoreNLP} {@code tokenize,ssplit,ner} loop with the pipeline file's {@code ner.*}
 * properties. Both run once to warm up, then {@code --rounds} times each, alternating; the median
 * round counts. Tokens/s of both are over the same token count (OpenNLP tokens of title and body).
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {"Entity stage (recognition + merging + salience, pre-tokenised) vs a bare CoreNLP"
        + " tokenize,ssplit,ner loop on the same articles and threads; prints tokens/s of both and the ratio."})
public final class BenchNerCommand implements Callable<Integer> {
  /** The bar of the entities issue: the stage may cost at most this much of the bare CoreNLP call. */
  static final double BAR = 1.25;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "500",
      description = "Articles per pass: the sample bodies replicated to N (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: the machine's cores).")
  Integer threads;

  @Option(names = "--rounds", paramLabel = "R", defaultValue = "3", description = "Timed passes per side (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--pipeline", paramLabel = "FILE", defaultValue = "pipelines/nightly.yaml",
      description = "Pipeline file whose 'entities' settings and 'input' to use (default: ${DEFAULT-VALUE}).")
  String pipeline;

  @Option(names = "--input", paramLabel = "FILE|DIR", arity = "1..*", description = "Article files (default: the pipeline file's 'input').")
  List<String> inputs;

  @Option(names = "--json", description = "Print the same numbers as one JSON object.")
  boolean json;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** One article, tokenised before timing starts. */
  private record Text(String title, TextAnalysis titleText, String body, TextAnalysis bodyText) {}

  @Override
  public Integer call() throws Exception {
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (articles < 1 || t < 1 || rounds < 1) {
      throw new ConfigException("--articles, --threads and --rounds must be at least 1");
    }
    PipelineConfig config = PipelineConfig.load(TagwireHome.resolve(pipeline));
    List<String> in = inputs != null ? inputs : config.input().stream().map(s -> TagwireHome.resolve(s).toString()).toList();
    if (in.isEmpty()) {
      throw new ConfigException("no input: give --input or set 'input' in " + pipeline);
    }
    List<String[]> english = readEnglish(InputFiles.resolve(in), config.language().minChars());
    if (english.isEmpty()) {
      throw new ConfigException("no English articles with a body in " + in);
    }
    List<Text> texts = tokenise(english, articles);
    long tokens = texts.stream().mapToLong(x -> x.titleText().tokenCount() + x.bodyText().tokenCount()).sum();

    EntitiesConfig entities = config.entities();
    EntityRecognizer stage = new EntityRecognizer(entities);
    Map<String, String> bareProperties = new TreeMap<>();
    entities.corenlp().forEach((k, v) -> {
      if (k.startsWith("ner.")) {
        bareProperties.put(k, v);
      }
    });
    bareProperties.put("annotators", "tokenize,ssplit,ner");
    StanfordCoreNLP bare = EntityModels.pipeline(bareProperties);

    IntToLongFunction stageStep = i -> {
      Text x = texts.get(i);
      return stage.entities(x.title(), x.titleText(), x.body(), x.bodyText()).size();
    };
    IntToLongFunction bareStep = i -> {
      Text x = texts.get(i);
      return annotate(bare, x.title()) + annotate(bare, x.body());
    };

    ExecutorService pool = Executors.newFixedThreadPool(t);
    try {
      long stageFound = pass(pool, t, texts.size(), stageStep)[1];
      long bareFound = pass(pool, t, texts.size(), bareStep)[1];
      long[] stageNanos = new long[rounds];
      long[] bareNanos = new long[rounds];
      long[] stageCpu = new long[rounds];
      long[] bareCpu = new long[rounds];
      for (int r = 0; r < rounds; r++) {
        long[] s = pass(pool, t, texts.size(), stageStep);
        long[] b = pass(pool, t, texts.size(), bareStep);
        stageNanos[r] = s[0];
        stageCpu[r] = s[2];
        bareNanos[r] = b[0];
        bareCpu[r] = b[2];
      }
      double stageSeconds = median(stageNanos) / 1e9;
      double bareSeconds = median(bareNanos) / 1e9;
      double ratio = stageSeconds / bareSeconds;
      double stageCpuSeconds = median(stageCpu) / 1e9;
      double bareCpuSeconds = median(bareCpu) / 1e9;
      double cpuRatio = stageCpuSeconds / bareCpuSeconds;

      PrintWriter out = spec.commandLine().getOut();
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("articles", texts.size());
      o.put("distinctArticles", english.size());
      o.put("tokens", tokens);
      o.put("threads", t);
      o.put("rounds", rounds);
      o.put("mode", entities.mode());
      o.put("corenlp", entities.corenlp());
      o.put("stageSeconds", round(stageSeconds, 3));
      o.put("stageTokensPerSecond", Math.round(tokens / stageSeconds));
      o.put("stageEntities", stageFound);
      o.put("bareSeconds", round(bareSeconds, 3));
      o.put("bareTokensPerSecond", Math.round(tokens / bareSeconds));
      o.put("bareEntityTokens", bareFound);
      o.put("ratio", round(ratio, 3));
      o.put("stageCpuSeconds", round(stageCpuSeconds, 3));
      o.put("bareCpuSeconds", round(bareCpuSeconds, 3));
      o.put("cpuRatio", round(cpuRatio, 3));
      o.put("bar", BAR);
      o.put("withinBar", ratio <= BAR);
      o.put("cpuWithinBar", cpuRatio <= BAR);
      if (json) {
        out.println(Json.write(o));
      } else {
        out.printf("bench ner: %d articles (%d distinct English sample articles replicated), %,d tokens, %d threads, median of %d rounds after a warm-up pass%n",
            texts.size(), english.size(), tokens, t, rounds);
        out.printf("  entity stage (mode %s: recognition + merging + salience): %8.2f s %,10d tokens/s  (%d entities)%n",
            entities.mode(), stageSeconds, Math.round(tokens / stageSeconds), stageFound);
        out.printf("  bare CoreNLP tokenize,ssplit,ner loop:                  %8.2f s %,10d tokens/s  (%d entity tokens)%n",
            bareSeconds, Math.round(tokens / bareSeconds), bareFound);
        out.printf("  ratio stage / bare: %.3f wall-clock, %.3f CPU time (%.2f s / %.2f s of worker CPU) (bar: at most %.2f)%n",
            ratio, cpuRatio, stageCpuSeconds, bareCpuSeconds, BAR);
      }
      out.flush();
      return 0;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * One pass over all articles on {@code threads} workers: {wall nanos, sum of the step's results,
   * CPU nanos of the workers}. CPU time is the robust figure when other processes share the cores.
   */
  private static long[] pass(ExecutorService pool, int threads, int n, IntToLongFunction step) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicLong found = new AtomicLong();
    AtomicLong cpu = new AtomicLong();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    List<Future<?>> running = new ArrayList<>();
    long start = System.nanoTime();
    for (int w = 0; w < threads; w++) {
      running.add(pool.submit(() -> {
        long cpuStart = mx.getCurrentThreadCpuTime();
        int i;
        while ((i = next.getAndIncrement()) < n) {
          found.addAndGet(step.applyAsLong(i));
        }
        cpu.addAndGet(mx.getCurrentThreadCpuTime() - cpuStart);
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    return new long[] {System.nanoTime() - start, found.get(), cpu.get()};
  }

  private static long annotate(StanfordCoreNLP pipeline, String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    Annotation a = new Annotation(text);
    pipeline.annotate(a);
    long entityTokens = 0;
    for (CoreLabel token : a.get(CoreAnnotations.TokensAnnotation.class)) {
      if (token.ner() != null && !"O".equals(token.ner())) {
        entityTokens++;
      }
    }
    return entityTokens;
  }

  /** Title and body of every English article with a body in the JSONL files. */
  private static List<String[]> readEnglish(List<String> files, int minChars) throws IOException {
    LanguageIdentifier identifier = new LanguageIdentifier(minChars);
    List<String[]> out = new ArrayList<>();
    for (String file : files) {
      if (!file.endsWith(".jsonl") && !file.endsWith(".ndjson")) {
        continue;
      }
      // Decoded leniently: a line with bad bytes (the pipeline dead-letters it) is skipped here.
      for (String line : new String(Files.readAllBytes(Path.of(file)), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.indexOf('\uFFFD') >= 0) {
          continue;
        }
        JsonNode n;
        try {
          n = Json.MAPPER.readTree(line);
        } catch (IOException e) {
          continue; // the pipeline dead-letters such lines; the benchmark just skips them
        }
        String title = n.path("title").asText("");
        String body = n.path("body").asText("");
        String declared = n.hasNonNull("language") ? n.get("language").asText() : null;
        if (!body.isBlank() && identifier.identify(title, body, declared).isEnglish()) {
          out.add(new String[] {title, body});
        }
      }
    }
    return out;
  }

  private static List<Text> tokenise(List<String[]> articles, int n) {
    SentenceTokenizer tokenizer = new SentenceTokenizer();
    List<Text> distinct = new ArrayList<>();
    for (String[] a : articles) {
      distinct.add(new Text(a[0], tokenizer.analyse(a[0]), a[1], tokenizer.analyse(a[1])));
    }
    List<Text> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(distinct.get(i % distinct.size()));
    }
    return out;
  }

  private static double median(long[] values) {
    long[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
  }

  private static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
