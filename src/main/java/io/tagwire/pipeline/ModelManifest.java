package io.tagwire.pipeline;

import io.tagwire.config.PipelineConfig;
import io.tagwire.config.Stage;
import io.tagwire.nlp.OpenNlpModels;
import io.tagwire.nlp.PartOfSpeechModel;
import io.tagwire.tagging.TagSuggestionModel;
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
    if (config.runs(Stage.TAGS)) {
      m.put("pos", "opennlp:" + PartOfSpeechModel.POS);
      m.put("tags", TagSuggestionModel.fingerprint(config.tags()));
    }
    return m;
  }
}
