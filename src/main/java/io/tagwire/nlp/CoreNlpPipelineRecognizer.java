package io.tagwire.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Mode {@code annotate}: a full {@link StanfordCoreNLP} pipeline built from the pipeline file's
 * properties (its own tokenizer, and whatever annotators and NER options the operator chose, e.g.
 * fine-grained NER), run on the raw text. CoreNLP's character offsets are UTF-16 offsets into the
 * same string, so its mentions keep exact offsets; fine-grained classes map to the four types
 * ({@code CITY} is a location, {@code NATIONALITY} is MISC) and other classes are dropped. Slower
 * than {@link CoreNlpClassifierRecognizer}; the pipeline object is shared by all threads.
 */
public final class CoreNlpPipelineRecognizer implements MentionRecognizer {
  private final StanfordCoreNLP pipeline;

  public CoreNlpPipelineRecognizer(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public List<NameMention> recognize(String text, NerTokens tokens) {
    List<NameMention> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    Annotation annotation = new Annotation(withLongWordsBroken(text));
    pipeline.annotate(annotation);
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      NerLabels.runs(0, labels.size(), i -> labels.get(i).ner(), i -> labels.get(i).beginPosition(),
          i -> labels.get(i).endPosition(), NameMention.CORENLP, out);
    }
    return out;
  }

  /**
   * The text with a space in place of every 64th character of a run of more than 64 non-space
   * characters: the same length, so CoreNLP's offsets still index the original, but no token long
   * enough to make the NER features explode (they include every prefix and suffix of a word).
   */
  static String withLongWordsBroken(String text) {
    char[] c = null;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        run = 0;
      } else if (++run > CoreNlpClassifierRecognizer.MAX_WORD) {
        if (c == null) {
          c = text.toCharArray();
        }
        // never leave half a surrogate pair: blank both halves
        if (Character.isHighSurrogate(c[i]) && i + 1 < c.length && Character.isLowSurrogate(c[i + 1])) {
          c[i + 1] = ' ';
          c[i++] = ' ';
        } else if (Character.isLowSurrogate(c[i]) && i > 0 && Character.isHighSurrogate(c[i - 1])) {
          c[i - 1] = ' ';
          c[i] = ' ';
        } else {
          c[i] = ' ';
        }
        run = 0;
      }
    }
    return c == null ? text : new String(c);
  }
}
