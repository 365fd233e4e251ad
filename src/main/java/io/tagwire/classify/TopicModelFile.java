package io.tagwire.classify;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tagwire.config.ConfigException;
import io.tagwire.model.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The topic model file: one JSON document, the manifest first (readable with {@code head}), then
 * the TF-IDF vocabulary, idf and weights, then the embedding part's standardisation and weights.
 * Written with a fixed key order and no timestamps, so training twice on the same data gives the
 * same bytes. Loaded models are cached per JVM by path ({@link #shared}).
 */
public final class TopicModelFile {
  private TopicModelFile() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"manifest", "tfidf", "embedding", "prior"})
  record Stored(TopicManifest manifest, StoredTfidf tfidf, StoredEmbedding embedding, StoredPrior prior) {}

  @JsonPropertyOrder({"temperature", "weight", "prototypes"})
  record StoredPrior(double temperature, double weight, float[][] prototypes) {}

  @JsonPropertyOrder({"terms", "idf", "bias", "weights"})
  record StoredTfidf(String[] terms, float[] idf, float[] bias, float[][] weights) {}

  @JsonPropertyOrder({"mean", "scale", "bias", "weights"})
  record StoredEmbedding(float[] mean, float[] scale, float[] bias, float[][] weights) {}

  private static final ObjectMapper MAPPER = Json.MAPPER.copy().disable(SerializationFeature.INDENT_OUTPUT);
  private static final Map<String, TopicModel> LOADED = new ConcurrentHashMap<>();

  public static void write(TopicModel model, Path file) throws IOException {
    StoredTfidf t = model.tfidf() == null ? null : new StoredTfidf(model.tfidf().vectorizer().terms(),
        model.tfidf().vectorizer().idf(), model.tfidf().weights().bias(), model.tfidf().weights().weights());
    StoredEmbedding e = model.embedding() == null ? null : new StoredEmbedding(model.embedding().mean(),
        model.embedding().scale(), model.embedding().weights().bias(), model.embedding().weights().weights());
    StoredPrior z = model.prior() == null ? null
        : new StoredPrior(model.prior().temperature(), model.prior().weight(), model.prior().prototypes());
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      MAPPER.writeValue(out, new Stored(model.manifest(), t, e, z));
    }
  }

  /** Reads a model file; a missing or unreadable file is a {@link ConfigException} naming it. */
  public static TopicModel read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file + ": topic model not found (train one with `tagwire train topics`)");
    }
    Stored s;
    try {
      s = MAPPER.readValue(file.toFile(), Stored.class);
    } catch (IOException ex) {
      throw new ConfigException(file + ": not a topic model file: " + ex.getMessage().lines().findFirst().orElse(""), ex);
    }
    if (s == null || s.manifest() == null || !TopicManifest.FORMAT.equals(s.manifest().format())) {
      throw new ConfigException(file + ": field 'manifest.format': expected '" + TopicManifest.FORMAT + "'");
    }
    int k = s.manifest().labels() == null ? 0 : s.manifest().labels().size();
    if (k < 2) {
      throw new ConfigException(file + ": field 'manifest.labels': expected at least 2 labels");
    }
    TopicModel.TfidfPart tfidf = null;
    if (s.tfidf() != null) {
      StoredTfidf t = s.tfidf();
      check(file, t.terms() != null && t.idf() != null && t.terms().length == t.idf().length, "tfidf.idf", "one idf per term");
      checkWeights(file, "tfidf", t.weights(), t.bias(), k, t.terms().length);
      tfidf = new TopicModel.TfidfPart(new TfidfVectorizer(t.terms(), t.idf()), new SoftmaxRegression.Weights(t.weights(), t.bias()));
    }
    TopicModel.EmbeddingPart emb = null;
    if (s.embedding() != null) {
      StoredEmbedding e = s.embedding();
      check(file, e.mean() != null && e.mean().length == ArticleEmbedder.DIMENSION
          && e.scale() != null && e.scale().length == ArticleEmbedder.DIMENSION, "embedding.mean", ArticleEmbedder.DIMENSION + " values");
      checkWeights(file, "embedding", e.weights(), e.bias(), k, ArticleEmbedder.DIMENSION);
      emb = new TopicModel.EmbeddingPart(e.mean(), e.scale(), new SoftmaxRegression.Weights(e.weights(), e.bias()));
    }
    TopicModel.PriorPart prior = null;
    if (s.prior() != null) {
      StoredPrior z = s.prior();
      check(file, z.prototypes() != null && z.prototypes().length == k, "prior.prototypes", k + " rows (one per label)");
      for (float[] row : z.prototypes()) {
        check(file, row != null && row.length == ArticleEmbedder.DIMENSION, "prior.prototypes", "rows of " + ArticleEmbedder.DIMENSION + " values");
      }
      check(file, z.temperature() > 0 && z.weight() >= 0 && z.weight() <= 1, "prior.weight", "a weight in [0, 1] and a temperature > 0");
      prior = new TopicModel.PriorPart(z.prototypes(), z.temperature(), z.weight());
    }
    check(file, tfidf != null || emb != null, "tfidf", "a tfidf or an embedding part");
    return new TopicModel(s.manifest(), tfidf, emb, prior);
  }

  private static void checkWeights(Path file, String part, float[][] w, float[] b, int k, int d) {
    check(file, b != null && b.length == k, part + ".bias", k + " values (one per label)");
    check(file, w != null && w.length == k, part + ".weights", k + " rows (one per label)");
    for (float[] row : w) {
      check(file, row != null && row.length == d, part + ".weights", "rows of " + d + " values");
    }
  }

  private static void check(Path file, boolean ok, String field, String expected) {
    if (!ok) {
      throw new ConfigException(file + ": field '" + field + "': expected " + expected);
    }
  }

  /** The model at this path, loaded once per JVM. */
  public static TopicModel shared(Path file) {
    return LOADED.computeIfAbsent(file.toAbsolutePath().normalize().toString(), k -> read(file));
  }

  /** The model's id for provenance: file name and the first 12 hex digits of its SHA-256. */
  public static String id(Path file) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] digest = md.digest(Files.readAllBytes(file));
      return file.getFileName() + "@sha256:" + HexFormat.of().formatHex(digest, 0, 6);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read topic model: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
