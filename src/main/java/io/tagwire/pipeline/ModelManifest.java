package io.tagwire.pipeline;

import io.tagwire.classify.RegionModel;
import io.tagwire.classify.ArticleEmbedder;
import io.tagwire.classify.TopicModelFile;
import io.tagwire.config.PipelineConfig;
import io.tagwire.config.Stage;
import io.tagwire.config.TagwireHome;
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
    if (config.runs(Stage.REGIONS)) {
      m.put("regionGazetteer", RegionModel.fingerprint(config.regions().gazetteer()));
      m.put("regionMap", RegionModel.fingerprint(config.regions().regionMap()));
    }
    if (config.runs(Stage.TOPICS)) {
      java.nio.file.Path file = TagwireHome.resolve(config.topics().model());
      String id = TopicModelFile.id(file);
      if (TopicModelFile.shared(file).usesEmbeddings()) {
        id += " + " + ArticleEmbedder.MODEL_ID;
      }
      m.put("topics", id);
    }
    return m;
  }
}
