package io.tagwire.pipeline;

import io.tagwire.classify.ArticleEmbedder;
import io.tagwire.classify.TopicModelFile;
import io.tagwire.config.EntitiesConfig;
import io.tagwire.config.PipelineConfig;
import io.tagwire.config.Stage;
import io.tagwire.config.TagwireHome;
import io.tagwire.config.Versions;
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
    if (config.runs(Stage.ENTITIES)) {
      EntitiesConfig e = config.entities();
      m.put("ner", "corenlp-" + Versions.all().getOrDefault("corenlp", "?") + ":" + e.mode() + ":"
          + e.corenlp().get("ner.model").replace("edu/stanford/nlp/models/ner/", ""));
      m.put("ner.dictionary", fingerprint(e.dictionary()));
      m.put("ner.aliases", fingerprint(e.aliases()));
      m.put("ner.honorifics", fingerprint(e.honorifics()));
    }
    if (config.runs(Stage.REGIONS)) {
      m.put("regionGazetteer", fingerprint(config.regions().gazetteer()));
      m.put("regionMap", fingerprint(config.regions().regionMap()));
    }
    if (config.runs(Stage.TOPICS)) {
      java.nio.file.Path file = TagwireHome.resolve(config.topics().model());
      String id = TopicModelFile.id(file);
      if (TopicModelFile.shared(file).usesEmbeddings()) {
        id += " + " + ArticleEmbedder.MODEL_ID;
      }
      m.put("topics", id);
    }
    if (config.runs(Stage.RELATED)) {
      var r = config.related();
      m.put("related", "tfidf+entities, minhash " + r.lshBands() + "x" + r.lshRows() + ", " + r.shingleSize()
          + "-shingles, archive format " + io.tagwire.related.ArchiveStore.FORMAT + ", stopwords " + r.stopwords());
    }
    if (config.runs(Stage.TAGS)) {
      m.put("pos", "opennlp:" + PartOfSpeechModel.POS);
      m.put("tags", TagSuggestionModel.fingerprint(config.tags()));
    }
    return m;
  }

  /** A curated file as {@code path@sha256:<first 12 hex digits>} so a record says which list version made it. */
  public static String fingerprint(String path) {
    if (path.isBlank()) {
      return "off";
    }
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(TagwireHome.resolve(path)));
      return path + "@sha256:" + java.util.HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (java.io.IOException e) {
      throw new io.tagwire.config.ConfigException(TagwireHome.resolve(path) + ": cannot read: " + e.getMessage(), e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
