package io.tagwire.cli;

import io.tagwire.classify.ArticleEmbedder;
import io.tagwire.classify.EmbeddingTable;
import io.tagwire.classify.TopicCorpus;
import io.tagwire.classify.TopicExample;
import io.tagwire.classify.TopicManifest;
import io.tagwire.classify.TopicModel;
import io.tagwire.classify.TopicModelFile;
import io.tagwire.classify.TopicParams;
import io.tagwire.classify.TopicTrainer;
import io.tagwire.config.ConfigException;
import io.tagwire.config.TagwireHome;
import io.tagwire.config.TopicsConfig;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tagwire bench topics}: what the section classifier costs. Training time on N articles
 * (sample-data replicated, each copy made distinct so nothing can be cached and the vocabulary
 * grows as in a real archive), the embedding cost per article, and classification throughput on 1
 * and 2 threads, compared with the nightly budget. Prints numbers and ratios, not verdicts.
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
    description = {"Speed of the section classifier: training time on N articles (bar: 60 s for 10,000),",
        "embedding cost per article, classification throughput on 1 and 2 threads."})
public final class BenchTopicsCommand implements Callable<Integer> {
  /** Bare CoreNLP NER on 2 cores, ~35k tokens/s = ~70 articles of 500 tokens (shared/NOTES.md). */
  static final double NER_ARTICLES_PER_SECOND = 70.0;

  @Option(names = "--data", paramLabel = "FILE|DIR|GLOB", arity = "1..*",
      description = "Labelled articles to replicate (default: sample-data/archive sample-data/tonight).")
  List<String> data;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "10000", description = "Training set size (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--model", paramLabel = "M", description = "Model for the throughput part (default: the shipped one).")
  String model;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Threads computing embeddings in training (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--skip-training", description = "Only measure classification.")
  boolean skipTraining;

  @CommandLine.Mixin
  TopicParamsOptions options = new TopicParamsOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintStream warn = new PrintStream(new WriterOutputStream(spec.commandLine().getErr()), true, StandardCharsets.UTF_8);
    List<String> in = data != null ? data
        : List.of(TagwireHome.resolve("sample-data/archive").toString(), TagwireHome.resolve("sample-data/tonight").toString());
    List<TopicExample> base = TopicCorpus.load(in, Set.of(), true, warn).examples();
    if (base.isEmpty()) {
      throw new ConfigException("--data: no labelled English articles in " + in);
    }
    if (articles < 1) {
      throw new ConfigException("--articles: expected an integer >= 1, got " + articles);
    }
    out.printf("bench topics: %d base articles, %d cores%n", base.size(), Runtime.getRuntime().availableProcessors());

    Path file = TagwireHome.resolve(model != null ? model : TopicsConfig.defaults().model());
    TopicModel m = TopicModelFile.read(file);
    out.printf("model %s (%s)%n%n", file, TopicModelFile.id(file));

    long t = System.nanoTime();
    ArticleEmbedder.shared();
    out.printf("embedding model load: %.2f s%n", (System.nanoTime() - t) / 1e9);
    if (m.usesEmbeddings()) {
      // Warm-up (JIT, ONNX Runtime allocations), then one pass per thread count.
      run(replicate(base, 40, 1_000), 1, e -> m.embed(e.title(), e.body()));
      for (int n : new int[] {1, 2}) {
        // Fresh copies each pass: the embedder caches recent articles, and a cache hit is not a cost.
        Timing s = run(replicate(base, base.size(), 2_000 + n * 10), n, e -> m.embed(e.title(), e.body()));
        out.printf("embedding (%s) on %d thread%s: %.0f articles/s wall; %.1f ms CPU/article%n", m.params().embedChunks() == 0
            ? m.params().embedTokens() + " word pieces" : m.params().embedChunks() + " chunks", n, n == 1 ? "" : "s",
            base.size() / s.wall(), 1000 * s.cpu() / base.size());
      }
    }
    int size = Math.max(2_000, base.size());
    run(replicate(base, 200, 3_000), 2, e -> m.classify(e.title(), e.body(), 0.25, 2));
    double cpuPerArticle = 0;
    List<TopicExample> many = List.of();
    for (int n : new int[] {1, 2}) {
      many = replicate(base, size, 4_000 + n * 100);
      Timing s = run(many, n, e -> m.classify(e.title(), e.body(), 0.25, 2));
      cpuPerArticle = s.cpu() / many.size();
      out.printf("classification (whole model) on %d thread%s: %.0f articles/s wall; %.2f ms CPU/article (= %.0f articles/s on %d idle core%s)%n",
          n, n == 1 ? "" : "s", many.size() / s.wall(), 1000 * cpuPerArticle, n / cpuPerArticle, n, n == 1 ? "" : "s");
    }
    if (m.tfidf() != null) {
      Timing s = run(many, 1, e -> m.tfidf().weights().probabilities(m.tfidf().vectorizer().transform(e.title() + "\n" + e.body())));
      out.printf("  of which TF-IDF part: %.2f ms CPU/article%n", 1000 * s.cpu() / many.size());
    }
    // Bare NER takes 2 cores / 70 articles/s = ~28.6 ms CPU per article.
    double nerCpu = 2.0 / NER_ARTICLES_PER_SECOND;
    out.printf("topic stage vs bare CoreNLP NER (~%.0f articles/s on 2 cores = %.1f ms CPU/article, shared/NOTES.md): %.1f%% of NER's cost%n",
        NER_ARTICLES_PER_SECOND, 1000 * nerCpu, 100 * cpuPerArticle / nerCpu);
    out.printf("system load average now: %.1f on %d cores (wall-clock rates are only meaningful on an idle machine)%n%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());

    if (!skipTraining) {
      TopicParams params = options.params();
      List<TopicExample> training = replicate(base, articles, 0);
      long t0 = System.nanoTime();
      long cpu0 = processCpuNanos();
      EmbeddingTable table = EmbeddingTable.compute(training, params, threads);
      long t1 = System.nanoTime();
      TopicModel trained = TopicTrainer.train(training, params, table,
          new TopicManifest.Training(List.of(), "", training.size(), Map.of(), Map.of()), options.descriptions());
      long t2 = System.nanoTime();
      double total = (t2 - t0) / 1e9;
      double cpu = (processCpuNanos() - cpu0) / 1e9;
      out.printf("training on %,d articles (%s, %d embedding threads): %.1f s wall (embeddings %.1f s, fit %.1f s) = %.2fx the 60 s bar;%n"
          + "  %.1f s CPU in all, i.e. at least %.1f s wall on %d idle cores%n",
          training.size(), params.method(), threads, total, (t1 - t0) / 1e9, (t2 - t1) / 1e9, total / 60.0,
          cpu, cpu / Math.min(threads, Runtime.getRuntime().availableProcessors()), Math.min(threads, Runtime.getRuntime().availableProcessors()));
      out.printf("  %s%n", trained.manifest().features().get(0));
    }
    out.flush();
    return 0;
  }

  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
  }

  private interface Work {
    Object apply(TopicExample e);
  }

  /** Wall-clock seconds and CPU seconds (summed over the worker threads) of one timed pass. */
  record Timing(double wall, double cpu) {}

  /**
   * Applies the work to every example on n threads. CPU time is reported beside wall time because
   * on a shared machine wall time also counts other processes' load; CPU seconds per article are
   * what the stage costs.
   */
  private static Timing run(List<TopicExample> examples, int n, Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    try {
      long t0 = System.nanoTime();
      List<Future<Long>> fs = new ArrayList<>();
      int per = (examples.size() + n - 1) / n;
      for (int i = 0; i < n; i++) {
        List<TopicExample> part = examples.subList(Math.min(examples.size(), i * per), Math.min(examples.size(), (i + 1) * per));
        fs.add(pool.submit(() -> {
          long c0 = mx.getCurrentThreadCpuTime();
          part.forEach(work::apply);
          return mx.getCurrentThreadCpuTime() - c0;
        }));
      }
      long cpu = 0;
      for (Future<Long> f : fs) {
        cpu += f.get();
      }
      return new Timing((System.nanoTime() - t0) / 1e9, cpu / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * n articles from the base set, copies numbered from firstCopy; copy r > 0 of an article has every fifth word suffixed with r
   * spelled in letters, so no two copies are equal and the vocabulary grows with n as a real
   * archive's does.
   */
  static List<TopicExample> replicate(List<TopicExample> base, int n, int firstCopy) {
    List<TopicExample> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      TopicExample e = base.get(i % base.size());
      int r = firstCopy + i / base.size();
      out.add(r == 0 ? e : new TopicExample(e.id() + "#" + r, e.label(), mark(e.title(), r), mark(e.body(), r),
          e.group() + "#" + r, e.source()));
    }
    return out;
  }

  private static String letters(int r) {
    StringBuilder sb = new StringBuilder();
    for (int x = r; x > 0; x /= 26) {
      sb.append((char) ('a' + x % 26));
    }
    return sb.toString();
  }

  private static String mark(String text, int r) {
    if (text == null) {
      return null;
    }
    String[] words = text.split(" ");
    StringBuilder sb = new StringBuilder(text.length() + words.length);
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(words[i]);
      if ((i + r) % 5 == 0 && !words[i].isEmpty() && Character.isLetter(words[i].charAt(words[i].length() - 1))) {
        sb.append(letters(r));
      }
    }
    return sb.toString();
  }
}
