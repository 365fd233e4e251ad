package io.tagwire.cli;

import io.tagwire.classify.SectionDescriptions;
import io.tagwire.classify.TopicParams;
import io.tagwire.config.TagwireHome;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The training parameters of a topic model as command-line options (defaults: {@link TopicParams}). */
public final class TopicParamsOptions {
  @Option(names = "--method", paramLabel = "M", description = "ensemble (default), tfidf or embedding.")
  String method;

  @Option(names = "--min-df", paramLabel = "N", description = "TF-IDF: keep n-grams seen in at least N articles (default 2).")
  Integer minDf;

  @Option(names = "--max-features", paramLabel = "N", description = "TF-IDF: at most N n-grams, most frequent first (default 50000).")
  Integer maxFeatures;

  @Option(names = "--tfidf-c", paramLabel = "C", description = "TF-IDF model: inverse L2 strength (default 10).")
  Double tfidfC;

  @Option(names = "--embedding-c", paramLabel = "C", description = "Embedding model: inverse L2 strength (default 1).")
  Double embeddingC;

  @Option(names = "--embed-tokens", paramLabel = "N", description = "Embedding: word pieces read from title + body start (default 48).")
  Integer embedTokens;

  @Option(names = "--embed-chunks", paramLabel = "N", description = "Embedding: 0 = one sequence (default); N = mean of title and N body chunks.")
  Integer embedChunks;

  @Option(names = "--tfidf-weight", paramLabel = "W", description = "Ensemble: weight of the TF-IDF model's probabilities (default 0.5).")
  Double tfidfWeight;

  @Option(names = "--prior-strength", paramLabel = "M", description = "Section descriptions count as M articles per label (default 30; 0 = off).")
  Double priorStrength;

  @Option(names = "--prior-temperature", paramLabel = "T", description = "Softmax temperature of description similarities (default 0.05).")
  Double priorTemperature;

  @Option(names = "--max-iterations", paramLabel = "N", description = "L-BFGS iterations at most (default 300).")
  Integer maxIterations;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the cross-validation folds (default 20261125).")
  Long seed;

  @Option(names = "--descriptions", paramLabel = "TSV|none", defaultValue = "models/topics/sections.tsv",
      description = "Section descriptions (label<TAB>sentence) for the zero-shot prior (default: ${DEFAULT-VALUE}; 'none' = no prior).")
  String descriptions;

  /** The section descriptions to train with (empty when 'none'). */
  Map<String, List<String>> descriptions() {
    if (descriptions == null || descriptions.equals("none")) {
      return Map.of();
    }
    return SectionDescriptions.read(TagwireHome.resolve(descriptions));
  }

  TopicParams params() {
    return new TopicParams(method, minDf, maxFeatures, tfidfC, embedTokens, embedChunks, embeddingC, tfidfWeight,
        priorStrength, priorTemperature, maxIterations, null, seed).validate();
  }
}
