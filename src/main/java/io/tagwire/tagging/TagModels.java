package io.tagwire.tagging;

import io.tagwire.config.TagsConfig;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-JVM holder of tag suggestion models. The driver loads a model once (checking files and
 * printing feedback warnings) and registers it; Beam workers reach it from {@code @Setup} by its
 * key, so the DoFns carry a key and the settings, not the vocabulary (Beam serialises DoFns often,
 * and a DoFn holding the vocabulary made the DirectRunner spend half its time copying it). A worker
 * in another JVM loads the model from the same files.
 */
public final class TagModels {
  private TagModels() {}

  private static final ConcurrentHashMap<String, TagSuggestionModel> MODELS = new ConcurrentHashMap<>();

  /** Registers a loaded model; returns the key workers use to find it. */
  public static String register(TagSuggestionModel model) {
    String key = UUID.randomUUID().toString();
    MODELS.put(key, model);
    return key;
  }

  /** The model registered under {@code key}, or, in a JVM that has none, the one the settings name. */
  public static TagSuggestionModel get(String key, TagsConfig config) {
    return MODELS.computeIfAbsent(key, k -> TagSuggestionModel.load(config, null));
  }
}
