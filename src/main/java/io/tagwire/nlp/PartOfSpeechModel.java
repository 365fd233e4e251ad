package io.tagwire.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;

/**
 * OpenNLP's English part-of-speech model (UD EWT, universal tags such as NOUN, PROPN, ADJ) from
 * {@code org.apache.opennlp:opennlp-models-pos-en}, decoded greedily ({@link #BEAM_SIZE}), loaded
 * once per JVM and shared; the {@code POSTaggerME} built on it is not thread-safe and is made per
 * thread by its users.
 */
public final class PartOfSpeechModel {
  public static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /**
   * Sequences kept while decoding a sentence: 1, greedy, instead of the model's default 3. On the
   * 245 sample articles the suggested tags were identical either way, as were all {@code evaluate tags}
   * figures on the held-out night, while the tags stage cost 40% less CPU (4.6 against 7.8 s per
   * 1,000 articles, {@code bench pipeline --pipeline} with stages up to tags; docs/tags.md).
   */
  static final int BEAM_SIZE = 1;

  private static final String POS_MODEL_ENTRY = "pos.model";

  private PartOfSpeechModel() {}

  private static final class Holder {
    static final POSModel MODEL = load();
  }

  public static POSModel get() {
    return Holder.MODEL;
  }

  private static POSModel load() {
    try (InputStream in = PartOfSpeechModel.class.getResourceAsStream("/" + POS)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + POS + " is not on the classpath; "
            + "it comes from org.apache.opennlp:opennlp-models-pos-en in pom.xml");
      }
      POSModel shipped = new POSModel(in);
      MaxentModel maxent = shipped.getArtifact(POS_MODEL_ENTRY);
      return new POSModel(shipped.getLanguage(), maxent, BEAM_SIZE, Map.of(), shipped.getFactory());
    } catch (IOException e) {
      throw new IllegalStateException("cannot load OpenNLP model " + POS + ": " + e.getMessage(), e);
    }
  }
}
