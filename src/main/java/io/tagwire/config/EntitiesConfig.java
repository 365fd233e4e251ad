package io.tagwire.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Entity recognition: the CoreNLP properties (any {@code ner.*} property CoreNLP accepts), the
 * curated lists of {@code models/ner/}, and the salience weights.
 */
public record EntitiesConfig(
    Map<String, String> corenlp,
    String dictionary,
    String aliases,
    String honorifics,
    SalienceConfig salience) implements java.io.Serializable {

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
    corenlp = corenlp == null ? fastCoreNlp() : Map.copyOf(corenlp);
    dictionary = dictionary == null ? "models/ner/dictionary.tsv" : dictionary;
    aliases = aliases == null ? "models/ner/aliases.tsv" : aliases;
    honorifics = honorifics == null ? "models/ner/honorifics.txt" : honorifics;
    salience = salience == null ? SalienceConfig.defaults() : salience;
  }

  public static EntitiesConfig defaults() {
    return new EntitiesConfig(null, null, null, null, null);
  }

  void validate(ConfigErrors errors) {
    errors.check(corenlp.containsKey("ner.model"), "entities.corenlp", "a map with at least 'ner.model'", corenlp.keySet());
    salience.validate(errors);
  }
}
