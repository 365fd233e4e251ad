package io.tagwire.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.nlp.SentenceTokenizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyphraseExtractorTest {
  private static final Honorifics TITLES = new Honorifics(Set.of("president", "prime minister", "premier"));
  private final SentenceTokenizer tokenizer = new SentenceTokenizer();
  private final KeyphraseExtractor extractor = new KeyphraseExtractor(TITLES);

  private List<KeyphraseExtractor.Phrase> extract(String text) {
    return extractor.extract(text, tokenizer.analyse(text));
  }

  private List<String> surfaces(String text) {
    return extract(text).stream().map(KeyphraseExtractor.Phrase::surface).toList();
  }

  @Test
  void findsNounPhrasesThatMakeTopicTags() {
    List<String> s = surfaces("The contracts gave the army cloud computing power for mass surveillance of the occupied territories.");
    assertThat(s).contains("mass surveillance", "surveillance", "cloud computing", "computing power", "contracts");
  }

  @Test
  void keepsNamesWholeAndSkipsTitlesInFrontOfThem() {
    List<KeyphraseExtractor.Phrase> p = extract("Microsoft President Brad Smith said the review was finished on Friday.");
    assertThat(p).filteredOn(KeyphraseExtractor.Phrase::proper).extracting(KeyphraseExtractor.Phrase::surface)
        .contains("Brad Smith").doesNotContain("Smith", "President Brad Smith", "Friday");
  }

  @Test
  void joinsNamesLinkedByOf() {
    assertThat(surfaces("Officials at the Bank of England and the Church of the Nativity in Bethlehem agreed."))
        .contains("Bank of England", "Church of the Nativity");
  }

  @Test
  void aPossessiveEndsANameWithoutItsApostrophe() {
    List<String> s = surfaces("He would take the WBO world title from Mexico\u2019s \u00d3scar Villalobos on Saturday in Quezon City.");
    assertThat(s).contains("\u00d3scar Villalobos", "Quezon City").doesNotContain("Mexico\u2019s \u00d3scar Villalobos");
  }

  @Test
  void qualifyingAdjectivesDoNotStartAPhrase() {
    assertThat(surfaces("Several new cases were reported in other countries last year."))
        .doesNotContain("new cases", "several new cases", "other countries", "last year");
  }

  @Test
  void capitalisedAdjectivesStartTheNamesTheyBelongTo() {
    assertThat(extract("Talks between the British Medical Association and the government broke down.").stream()
        .filter(KeyphraseExtractor.Phrase::proper).map(KeyphraseExtractor.Phrase::surface))
        .contains("British Medical Association");
    // before a lower-case noun an adjective stays an adjective: no name comes out
    assertThat(extract("Israeli officials said British shoppers spent less.")).noneMatch(KeyphraseExtractor.Phrase::proper);
  }
}
