package io.tagwire.nlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP's NER classifier (the CRFs named by {@code ner.model}, combined as
 * {@code ner.combinationMode} says) called directly on our tokens, sentence by sentence, the way
 * CoreNLP's own {@code ner} annotator calls it but without re-tokenising the text: the pipeline's
 * default because it is the fastest path and exactly what {@code evaluate ner} measures on CoNLL
 * tokens. The classifier is shared by all threads.
 */
public final class CoreNlpClassifierRecognizer implements MentionRecognizer {
  /**
   * Longest word the classifier sees. Its features include every prefix and suffix n-gram of a
   * word, so one 100,000-character token (a corrupt feed) would need gigabytes; no name is longer.
   */
  static final int MAX_WORD = 64;

  private final NERClassifierCombiner classifier;

  public CoreNlpClassifierRecognizer(NERClassifierCombiner classifier) {
    this.classifier = classifier;
  }

  @Override
  public List<NameMention> recognize(String text, NerTokens tokens) {
    List<NameMention> out = new ArrayList<>();
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      int from = tokens.sentenceStart(s);
      int to = tokens.sentenceEnd(s);
      List<CoreLabel> sentence = new ArrayList<>(to - from);
      for (int t = from; t < to; t++) {
        String word = tokens.word(t).length() > MAX_WORD ? tokens.word(t).substring(0, MAX_WORD) : tokens.word(t);
        CoreLabel label = new CoreLabel();
        label.setWord(word);
        label.setValue(word);
        label.setOriginalText(word);
        label.setBeginPosition(tokens.begin(t));
        label.setEndPosition(tokens.end(t));
        label.setIndex(t - from + 1);
        label.setSentIndex(s);
        sentence.add(label);
      }
      List<CoreLabel> labelled = classifier.classify(sentence);
      NerLabels.runs(0, labelled.size(), i -> tag(labelled.get(i)), i -> tokens.begin(from + i), i -> tokens.end(from + i),
          NameMention.CORENLP, out);
    }
    return out;
  }

  private static String tag(CoreLabel label) {
    String ner = label.get(CoreAnnotations.NamedEntityTagAnnotation.class);
    return ner != null ? ner : label.get(CoreAnnotations.AnswerAnnotation.class);
  }
}
