package io.tagwire.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerTokensTest {
  private static final SentenceTokenizer TOKENIZER = new SentenceTokenizer();

  private static List<String> texts(String text, NerTokens t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(text.substring(t.begin(i), t.end(i)));
    }
    return out;
  }

  private static List<String> words(NerTokens t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.word(i));
    }
    return out;
  }

  @Test
  void splitsPossessivesLikeConllAndKeepsOffsets() {
    String text = "Microsoft’s cloud and Israel's army met the Lions’ Den.";
    NerTokens t = NerTokens.of(text, TOKENIZER.analyse(text));
    assertThat(texts(text, t)).containsSubsequence("Microsoft", "’s", "cloud", "Israel", "'s", "Lions", "’", "Den");
    assertThat(words(t)).containsSubsequence("Microsoft", "'s", "Lions", "'", "Den");
  }

  @Test
  void joinsWordsOpenNlpSplitAtAHyphen() {
    String text = "Fighters of al-Shabaab and a Ramallah-based group - not others.";
    NerTokens t = NerTokens.of(text, TOKENIZER.analyse(text));
    assertThat(texts(text, t)).contains("al-Shabaab", "Ramallah-based", "-");
  }

  @Test
  void normalisesCurlyQuotesInWordsButNotInOffsets() {
    String text = "He said “Unit 8200” did it.";
    NerTokens t = NerTokens.of(text, TOKENIZER.analyse(text));
    assertThat(words(t)).contains("\"", "Unit", "8200");
    assertThat(texts(text, t)).contains("“", "”");
  }

  @Test
  void givenTokensIndexTheirJoinedText() {
    List<List<String>> sentences = List.of(List.of("EU", "rejects", "German", "call"), List.of("Peter", "Blackburn"));
    String text = NerTokens.joinedText(sentences);
    NerTokens t = NerTokens.ofGivenTokens(sentences);
    assertThat(text).isEqualTo("EU rejects German call\nPeter Blackburn");
    assertThat(texts(text, t)).containsExactly("EU", "rejects", "German", "call", "Peter", "Blackburn");
    assertThat(t.sentenceCount()).isEqualTo(2);
    assertThat(t.sentenceStart(1)).isEqualTo(4);
  }
}
