package io.tagwire.nlp;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The pretrained OpenNLP models of Maven Central ({@code org.apache.opennlp:opennlp-models-*}),
 * loaded once per JVM. Models are immutable and shared by all threads; the {@code *ME} tools
 * built on them are not thread-safe and are made per thread by their users.
 */
public final class OpenNlpModels {
  public static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  public static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  public static final String LANGDETECT = "langdetect-183.bin";

  private OpenNlpModels() {}

  private static final class Sentences {
    static final SentenceModel MODEL = load(SENTENCE, SentenceModel::new);
  }

  private static final class Tokens {
    static final TokenizerModel MODEL = load(TOKENS, TokenizerModel::new);
  }

  private static final class Languages {
    static final LanguageDetectorModel MODEL = load(LANGDETECT, LanguageDetectorModel::new);
  }

  public static SentenceModel sentences() {
    return Sentences.MODEL;
  }

  public static TokenizerModel tokens() {
    return Tokens.MODEL;
  }

  public static LanguageDetectorModel languages() {
    return Languages.MODEL;
  }

  private interface Loader<T> {
    T load(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, Loader<T> loader) {
    try (InputStream in = OpenNlpModels.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath; "
            + "it comes from the org.apache.opennlp:opennlp-models-* artifacts in pom.xml");
      }
      return loader.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot load OpenNLP model " + resource + ": " + e.getMessage(), e);
    }
  }
}
