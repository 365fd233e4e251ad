package io.tagwire.cli;

import io.tagwire.classify.EmbeddingTable;
import io.tagwire.classify.TopicCorpus;
import io.tagwire.classify.TopicManifest;
import io.tagwire.classify.TopicModel;
import io.tagwire.classify.TopicModelFile;
import io.tagwire.classify.TopicParams;
import io.tagwire.classify.TopicTrainer;
import io.tagwire.config.ConfigException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tagwire train topics}: a section classifier from articles with a {@code section} field. */
@Command(name = "topics", mixinStandardHelpOptions = true,
    description = {"Train the section classifier from labelled articles (JSONL/CSV with a 'section' field).",
        "English articles only; bad lines are reported with file and line and skipped; republished copies",
        "(extra field duplicateOf) are left out unless --keep-duplicates. Same data and options, same model bytes."})
public final class TrainTopicsCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "FILE|DIR|GLOB", required = true, arity = "1..*",
      description = "Training articles; repeat or list several.")
  List<String> data;

  @Option(names = "--model", paramLabel = "OUT", required = true, description = "Model file to write.")
  Path model;

  @Option(names = "--labels", paramLabel = "LABEL", split = ",",
      description = "Train only on these sections (comma-separated); articles of other sections are skipped.")
  List<String> labels;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Threads computing embeddings (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--keep-duplicates", description = "Keep republished copies (duplicateOf) in the training data.")
  boolean keepDuplicates;

  @CommandLine.Mixin
  TopicParamsOptions options = new TopicParamsOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    TopicParams params = options.params();
    if (threads < 1) {
      throw new ConfigException("--threads: expected an integer >= 1, got " + threads);
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintStream warn = new PrintStream(new WriterOutputStream(err), true, StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    TopicCorpus.Loaded corpus = TopicCorpus.load(data, labels == null ? java.util.Set.of() : new TreeSet<>(labels), !keepDuplicates, warn);
    if (corpus.examples().isEmpty()) {
      throw new ConfigException("--data: no usable training articles (English, with a 'section') in " + corpus.files());
    }
    long t1 = System.nanoTime();
    EmbeddingTable embeddings = EmbeddingTable.compute(corpus.examples(), params, threads);
    long t2 = System.nanoTime();
    TopicModel m = TopicTrainer.train(corpus.examples(), params, embeddings,
        new TopicManifest.Training(corpus.files(), corpus.sha256(), corpus.examples().size(), Map.of(), corpus.skipped()),
        options.descriptions());
    long t3 = System.nanoTime();
    TopicModelFile.write(m, model);
    PrintWriter out = spec.commandLine().getOut();
    TopicManifest mf = m.manifest();
    out.printf("trained topics (%s) on %d articles from %d files (sha256 %s)%n", mf.method(), mf.training().examples(),
        corpus.files().size(), corpus.sha256().substring(0, 12));
    out.printf("per label: %s%n", mf.training().countsPerLabel());
    if (!corpus.skipped().isEmpty()) {
      out.printf("skipped: %s%n", corpus.skipped());
    }
    if (m.prior() == null && params.usesEmbeddings() && params.priorStrength() > 0) {
      out.printf("no section-description prior: %s%n", descriptionsMissing(mf.labels(), options.descriptions().keySet()));
    }
    for (String f : mf.features()) {
      out.printf("features: %s%n", f);
    }
    out.printf("time: read %.1f s, embeddings %.1f s, fit %.1f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    out.printf("wrote %s (%s, %,d bytes)%n", model, TopicModelFile.id(model), Files.size(model));
    out.flush();
    return 0;
  }

  private static String descriptionsMissing(List<String> labels, java.util.Set<String> described) {
    List<String> missing = labels.stream().filter(l -> !described.contains(l)).toList();
    return described.isEmpty() ? "no descriptions given" : "no description for " + missing;
  }
}
