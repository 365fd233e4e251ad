package io.tagwire.classify;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.tagwire.config.ConfigException;
import java.util.Locale;

/**
 * Training parameters of a topic model, recorded in its manifest.
 *
 * <ul>
 *   <li>{@code method}: {@code ensemble} (mean of the two models' probabilities, weighted by
 *       {@code tfidfWeight}), {@code tfidf} or {@code embedding}.
 *   <li>TF-IDF part: word 1-2-grams of title and body, {@code minDf}, {@code maxFeatures},
 *       softmax regression with inverse L2 strength {@code tfidfC}.
 *   <li>Embedding part: all-MiniLM-L6-v2 over the title and the start of the body,
 *       {@code embedTokens} word pieces in one sequence when {@code embedChunks} is 0, else the
 *       mean of the title and {@code embedChunks} chunks of {@code embedTokens}; standardised,
 *       softmax regression with {@code embeddingC}.
 *   <li>Section descriptions (zero-shot prior, when the training has them for every label): each
 *       label's description is embedded; the prior is {@code softmax(cos(article, description) /
 *       priorTemperature)} and is mixed in as if it were {@code priorStrength} articles per label:
 *       weight {@code priorStrength / (priorStrength + articles per label)}, so it matters with a few
 *       hundred training articles and fades with thousands.
 *   <li>{@code seed}: training itself draws no random numbers (full-batch L-BFGS from zero); the
 *       seed fixes the cross-validation folds of {@code evaluate topics --folds}.
 * </ul>
 */
@JsonPropertyOrder(alphabetic = true)
public record TopicParams(
    String method,
    Integer minDf,
    Integer maxFeatures,
    Double tfidfC,
    Integer embedTokens,
    Integer embedChunks,
    Double embeddingC,
    Double tfidfWeight,
    Double priorStrength,
    Double priorTemperature,
    Integer maxIterations,
    Double tolerance,
    Long seed) {

  public static final String ENSEMBLE = "ensemble";
  public static final String TFIDF = "tfidf";
  public static final String EMBEDDING = "embedding";

  public TopicParams {
    method = method == null ? ENSEMBLE : method.toLowerCase(Locale.ROOT);
    minDf = minDf == null ? 2 : minDf;
    maxFeatures = maxFeatures == null ? 50_000 : maxFeatures;
    tfidfC = tfidfC == null ? 10.0 : tfidfC;
    embedTokens = embedTokens == null ? 48 : embedTokens;
    embedChunks = embedChunks == null ? 0 : embedChunks;
    embeddingC = embeddingC == null ? 1.0 : embeddingC;
    tfidfWeight = tfidfWeight == null ? 0.5 : tfidfWeight;
    priorStrength = priorStrength == null ? 30.0 : priorStrength;
    priorTemperature = priorTemperature == null ? 0.05 : priorTemperature;
    maxIterations = maxIterations == null ? 300 : maxIterations;
    tolerance = tolerance == null ? 1e-7 : tolerance;
    seed = seed == null ? 20261125L : seed;
  }

  public static TopicParams defaults() {
    return new TopicParams(null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public boolean usesTfidf() {
    return !EMBEDDING.equals(method);
  }

  public boolean usesEmbeddings() {
    return !TFIDF.equals(method);
  }

  /** Throws a {@link ConfigException} naming the first bad value. */
  public TopicParams validate() {
    check(method.equals(ENSEMBLE) || method.equals(TFIDF) || method.equals(EMBEDDING), "--method", "ensemble, tfidf or embedding", method);
    check(minDf >= 1, "--min-df", "an integer >= 1", minDf);
    check(maxFeatures >= 1, "--max-features", "an integer >= 1", maxFeatures);
    check(tfidfC > 0, "--tfidf-c", "a number > 0", tfidfC);
    check(embeddingC > 0, "--embedding-c", "a number > 0", embeddingC);
    check(embedTokens >= 8 && embedTokens <= 510, "--embed-tokens", "an integer in [8, 510]", embedTokens);
    check(embedChunks >= 0 && embedChunks <= 8, "--embed-chunks", "an integer in [0, 8]", embedChunks);
    check(tfidfWeight >= 0 && tfidfWeight <= 1, "--tfidf-weight", "a number in [0, 1]", tfidfWeight);
    check(priorStrength >= 0, "--prior-strength", "a number >= 0", priorStrength);
    check(priorTemperature > 0, "--prior-temperature", "a number > 0", priorTemperature);
    check(maxIterations >= 1, "--max-iterations", "an integer >= 1", maxIterations);
    return this;
  }

  private static void check(boolean ok, String option, String expected, Object got) {
    if (!ok) {
      throw new ConfigException(option + ": expected " + expected + ", got '" + got + "'");
    }
  }

  public TopicParams withMethod(String m) {
    return new TopicParams(m, minDf, maxFeatures, tfidfC, embedTokens, embedChunks, embeddingC, tfidfWeight, priorStrength, priorTemperature,
        maxIterations, tolerance, seed);
  }
}
