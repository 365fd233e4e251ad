package io.tagwire.nlp;

import static io.tagwire.model.EntityType.ORGANIZATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryRecognizerTest {
  private static final SentenceTokenizer TOKENIZER = new SentenceTokenizer();
  private static final DictionaryRecognizer RECOGNIZER = new DictionaryRecognizer(NameDictionary.load(Path.of("models/ner/dictionary.tsv")));

  private static List<NameMention> find(String text) {
    return RECOGNIZER.recognize(text, NerTokens.of(text, TOKENIZER.analyse(text)));
  }

  @Test
  void findsMultiTokenNamesAndAcronymsTheModelMisses() {
    String text = "Unit 8200 stored the calls, UNRWA said, while the IOF and Ansar Allah traded fire.";
    assertThat(find(text)).extracting(m -> m.text(text), NameMention::type).containsExactly(
        tuple("Unit 8200", ORGANIZATION), tuple("UNRWA", ORGANIZATION), tuple("IOF", ORGANIZATION), tuple("Ansar Allah", ORGANIZATION));
  }

  @Test
  void matchesCaseSensitivelyOnWholeTokens() {
    String text = "Who fed the apple to Meta? The WHO did, and Apple.";
    assertThat(find(text)).extracting(m -> m.text(text)).containsExactly("Meta", "WHO", "Apple");
  }

  @Test
  void namesAreTokenisedLikeTheText() {
    String text = "David’s Sling intercepted it; al-Shabaab and Israel's Shin Bet’s agents watched.";
    assertThat(find(text)).extracting(m -> m.text(text)).contains("David’s Sling", "al-Shabaab", "Shin Bet");
  }

  @Test
  void longestNameWins() {
    String text = "The UN Security Council met.";
    assertThat(find(text)).extracting(m -> m.text(text)).containsExactly("UN Security Council");
  }
}
