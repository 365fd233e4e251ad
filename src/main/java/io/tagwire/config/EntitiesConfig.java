package io.tagwire.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entity recognition (stage {@code entities}). {@code mode}: {@code classifier} feeds our
 * OpenNLP tokens straight to CoreNLP's NER classifier; {@code annotate} runs a full
 * {@code StanfordCoreNLP} pipeline on the text. {@code corenlp}: CoreNLP properties (any
 * {@code ner.*} property, and for {@code annotate} any pipeline property such as
 * {@code annotators}), laid over the fast defaults of {@link #fastCoreNlp()}. The curated lists of
 * {@code models/ner/}: an empty path switches one off. Salience weights in {@code salience}.
 */
public record EntitiesConfig(
    String mode,
    Map<String, String> corenlp,
    String dictionary,
    String aliases,
    String honorifics,
    SalienceConfig salience) implements java.io.Serializable {

  public static final String CLASSIFIER = "classifier";
  public static final String ANNOTATE = "annotate";

  /** The fast configuration: one CRF, no SUTime, no numeric or fine-grained classifiers. */
  public static Map<String, String> fastCoreNlp() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    p.put("ner.applyNumericClassifiers", "false");
    p.put("ner.useSUTime", "false");
    p.put("ner.applyFineGrained", "false");
    return p;
  }

  public EntitiesConfig {
    mode = mode == null ? CLASSIFIER : mode;
    Map<String, String> props = new TreeMap<>(fastCoreNlp());
    if (corenlp != null) {
      props.putAll(corenlp);
    }
    corenlp = Collections.unmodifiableMap(props);
    dictionary = dictionary == null ? "models/ner/dictionary.tsv" : dictionary;
    aliases = aliases == null ? "models/ner/aliases.tsv" : aliases;
    honorifics = honorifics == null ? "models/ner/honorifics.txt" : honorifics;
    salience = salience == null ? SalienceConfig.defaults() : salience;
  }

  public static EntitiesConfig defaults() {
    return new EntitiesConfig(null, null, null, null, null, null);
  }

  public EntitiesConfig withDictionary(String path) {
    return new EntitiesConfig(mode, corenlp, path, aliases, honorifics, salience);
  }

  void validate(ConfigErrors errors) {
    errors.check(CLASSIFIER.equals(mode) || ANNOTATE.equals(mode), "entities.mode", "'classifier' or 'annotate'", mode);
    errors.check(corenlp.get("ner.model") != null && !corenlp.get("ner.model").isBlank(), "entities.corenlp.ner.model",
        "a comma-separated list of CoreNLP NER models", corenlp.get("ner.model"));
    for (Map.Entry<String, String> e : corenlp.entrySet()) {
      errors.check(e.getValue() != null, "entities.corenlp." + e.getKey(), "a value", e.getValue());
    }
    if (CLASSIFIER.equals(mode)) {
      for (String key : corenlp.keySet()) {
        errors.check(key.startsWith("ner."), "entities.corenlp." + key,
            "only ner.* properties in mode 'classifier' (use mode 'annotate' for a full CoreNLP pipeline)", key);
      }
    }
    salience.validate(errors);
  }
}
