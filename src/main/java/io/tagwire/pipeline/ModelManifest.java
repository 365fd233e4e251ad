package io.tagwire.pipeline;

import io.tagwire.config.PipelineConfig;
import io.tagwire.config.Stage;
import io.tagwire.nlp.OpenNlpModels;
import java.util.Map;
import java.util.TreeMap;

/** The models a run uses, by stage, as stamped into each record's provenance and the summary. */
public final class ModelManifest {
  private ModelManifest() {}

  public static Map<String, String> forConfig(PipelineConfig config) {
    Map<String, String> m = new TreeMap<>();
    if (config.runs(Stage.LANGUAGE)) {
      m.put("language", "opennlp:" + OpenNlpModels.LANGDETECT);
    }
    if (config.runs(Stage.TOKENIZE)) {
      m.put("sentences", "opennlp:" + OpenNlpModels.SENTENCE);
      m.put("tokens", "opennlp:" + OpenNlpModels.TOKENS);
    }
    if (config.runs(Stage.RELATED)) {
      var r = config.related();
      m.put("related", "tfidf+entities, minhash " + r.lshBands() + "x" + r.lshRows() + ", " + r.shingleSize()
          + "-shingles, archive format " + io.tagwire.related.ArchiveStore.FORMAT + ", stopwords " + r.stopwords());
    }
    return m;
  }
}
