package io.tagwire.tagging;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import io.tagwire.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * Stanford CoreNLP's CoNLL 4-class CRF (PERSON, ORGANIZATION, LOCATION, MISC) called directly on
 * text, the fastest way to run it (see NOTES.md). Loaded once per JVM; the classifier is safe to
 * share between threads for classification.
 */
public final class CrfMentionTagger implements MentionTagger {
  public static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private static final class Holder {
    static final CRFClassifier<CoreLabel> CRF = load();

    private static CRFClassifier<CoreLabel> load() {
      try {
        return CRFClassifier.getClassifier(MODEL);
      } catch (Exception e) {
        throw new IllegalStateException("cannot load CoreNLP NER model " + MODEL
            + " (from the stanford-corenlp 'models' jar in pom.xml): " + e.getMessage(), e);
      }
    }
  }

  @Override
  public List<Mention> mentions(String text) {
    List<Mention> out = new ArrayList<>();
    for (Triple<String, Integer, Integer> t : Holder.CRF.classifyToCharacterOffsets(text)) {
      EntityType type = EntityType.fromLabel(t.first());
      if (type != null) {
        out.add(new Mention(type, t.second(), t.third()));
      }
    }
    return out;
  }
}
