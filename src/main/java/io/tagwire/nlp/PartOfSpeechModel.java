package io.tagwire.nlp;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.postag.POSModel;

/**
 * OpenNLP's English part-of-speech model (UD EWT, universal tags such as NOUN, PROPN, ADJ) from
 * {@code org.apache.opennlp:opennlp-models-pos-en}, loaded once per JVM and shared; the
 * {@code POSTaggerME} built on it is not thread-safe and is made per thread by its users.
 */
public final class PartOfSpeechModel {
  public static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

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
      return new POSModel(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot load OpenNLP model " + POS + ": " + e.getMessage(), e);
    }
  }
}
