package io.tagwire.cli;

import io.tagwire.classify.EmbeddingTable;
import io.tagwire.classify.OpenNlpTopicBaseline;
import io.tagwire.classify.TopicCorpus;
import io.tagwire.classify.TopicEvaluation;
import io.tagwire.classify.TopicEvaluator;
import io.tagwire.classify.TopicModel;
import io.tagwire.classify.TopicModelFile;
import io.tagwire.classify.TopicParams;
import io.tagwire.config.ConfigException;
import io.tagwire.config.TagwireHome;
import io.tagwire.config.TopicsConfig;
import io.tagwire.model.Json;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tagwire evaluate topics}: a topic model on labelled articles, or K-fold cross-validation. */
@Command(name = "topics", mixinStandardHelpOptions = true,
    description = {"Accuracy, macro-F1, per-label precision/recall/F1 and the confusion matrix of the section classifier.",
        "Without --folds: the model (--model, default the shipped one) on --data. With --folds K: K-fold",
        "cross-validation of training on --data (story groups kept together), with the training options below,",
        "or --method opennlp-maxent / opennlp-nb for the OpenNLP doccat baseline."})
public final class EvaluateTopicsCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "FILE|DIR|GLOB", required = true, arity = "1..*", description = "Labelled articles.")
  List<String> data;

  @Option(names = "--model", paramLabel = "M", description = "Model file (default: " + "models/topics/topics.model" + ").")
  String model;

  @Option(names = "--folds", paramLabel = "K", description = "Cross-validate with K folds instead of applying a model.")
  Integer folds;

  @Option(names = "--json", description = "Print the numbers as one JSON object.")
  boolean json;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Threads computing embeddings (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--keep-duplicates", description = "Keep republished copies (duplicateOf).")
  boolean keepDuplicates;

  @CommandLine.Mixin
  TopicParamsOptions options = new TopicParamsOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintStream warn = new PrintStream(new WriterOutputStream(err), true, StandardCharsets.UTF_8);
    String baseline = options.method != null && options.method.startsWith("opennlp") ? options.method : null;
    if (baseline != null && folds == null) {
      throw new ConfigException("--method " + baseline + ": the OpenNLP baseline is only cross-validated; add --folds K");
    }
    if (baseline != null && !baseline.equals("opennlp-maxent") && !baseline.equals("opennlp-nb")) {
      throw new ConfigException("--method: expected ensemble, tfidf, embedding, opennlp-maxent or opennlp-nb, got '" + baseline + "'");
    }
    TopicCorpus.Loaded corpus = TopicCorpus.load(data, Set.of(), !keepDuplicates, warn);
    if (corpus.examples().isEmpty()) {
      throw new ConfigException("--data: no usable labelled articles (English, with a 'section') in " + corpus.files());
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("data", Map.of("files", corpus.files(), "sha256", corpus.sha256(), "articles", corpus.examples().size(),
        "skipped", corpus.skipped()));
    TopicEvaluation ev;
    String title;
    if (folds != null) {
      if (folds < 2 || folds > corpus.examples().size()) {
        throw new ConfigException("--folds: expected an integer in [2, " + corpus.examples().size() + "], got " + folds);
      }
      if (model != null) {
        throw new ConfigException("--folds trains a model per fold: give training options, not --model");
      }
      TopicEvaluator.Method method;
      long seed;
      if (baseline != null) {
        method = OpenNlpTopicBaseline.method(baseline.equals("opennlp-nb") ? "NAIVEBAYES" : "MAXENT");
        seed = options.seed == null ? TopicParams.defaults().seed() : options.seed;
        result.put("method", baseline);
      } else {
        TopicParams params = options.params();
        method = TopicEvaluator.trainer(params, EmbeddingTable.compute(corpus.examples(), params, threads),
            options.descriptions());
        seed = params.seed();
        result.put("method", params);
      }
      ev = TopicEvaluator.crossValidate(corpus.examples(), folds, seed, method);
      title = folds + "-fold cross-validation (" + (baseline != null ? baseline : options.params().method()) + ")";
      result.put("folds", folds);
    } else {
      Path file = TagwireHome.resolve(model != null ? model : TopicsConfig.defaults().model());
      TopicModel m = TopicModelFile.read(file);
      ev = TopicEvaluator.evaluate(m, corpus.examples(), null);
      title = "model " + file + " (" + TopicModelFile.id(file) + ")";
      result.put("model", TopicModelFile.id(file));
    }
    result.put("evaluation", ev);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(result));
    } else {
      if (!corpus.skipped().isEmpty()) {
        out.printf("skipped: %s%n", corpus.skipped());
      }
      out.print(ev.report(title));
    }
    out.flush();
    return 0;
  }
}
