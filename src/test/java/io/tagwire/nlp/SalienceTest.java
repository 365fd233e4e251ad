package io.tagwire.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tagwire.config.SalienceConfig;
import io.tagwire.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalienceTest {
  private static final SentenceTokenizer TOKENIZER = new SentenceTokenizer();
  private static final String BODY = "Microsoft cut off the unit. Officials confirmed it.\n\nThe second paragraph names Microsoft.\n\n"
      + "A third one.\n\nA fourth one quotes Karen Holt once.";
  private final Salience salience = new Salience(SalienceConfig.defaults());
  private final Salience.Layout layout = Salience.Layout.of(BODY, NerTokens.of(BODY, TOKENIZER.analyse(BODY)), 2);

  private static Span span(String name, int from) {
    int b = BODY.indexOf(name, from);
    return new Span(b, b + name.length());
  }

  @Test
  void theFormulaAddsWeightedParts() {
    assertThat(salience.score(new Salience.Parts(1, 1, 1, 1), false)).isEqualTo(1.0);
    assertThat(salience.score(new Salience.Parts(1, 0, 0, 0), false)).isEqualTo(0.35);
    assertThat(salience.score(new Salience.Parts(0, 1, 0.5, 0.5), false)).isCloseTo(0.25 + 0.125 + 0.075, within(1e-9));
    assertThat(salience.score(new Salience.Parts(1, 1, 1, 1), true)).as("nationality words count half").isEqualTo(0.5);
  }

  @Test
  void headlineAndLeadSubjectOutranksAPassingMention() {
    List<Span> microsoft = List.of(span("Microsoft", 0), span("Microsoft", 30));
    Salience.Parts subject = salience.parts(microsoft, List.of(new Span(0, 9)), layout, 3);
    // in an article whose most mentioned entity is named eight times
    Salience.Parts passing = salience.parts(List.of(span("Karen Holt", 0)), List.of(), layout, 8);
    assertThat(subject.headline()).isEqualTo(1);
    assertThat(subject.lead()).isEqualTo(1);
    assertThat(subject.frequency()).isEqualTo(1.0);
    assertThat(subject.spread()).isEqualTo(0.5);
    assertThat(passing.lead()).isEqualTo(0);
    assertThat(passing.spread()).isEqualTo(0.25);
    assertThat(salience.score(passing, false)).isLessThan(SalienceConfig.defaults().peripheralBelow());
    assertThat(salience.score(subject, false)).isGreaterThan(0.9);
  }

  @Test
  void theLeadIsTheFirstParagraphAtMostLeadSentencesLong() {
    Salience.Layout oneSentenceLead = Salience.Layout.of(BODY, NerTokens.of(BODY, TOKENIZER.analyse(BODY)), 1);
    Span officials = span("Officials", 0);
    assertThat(salience.parts(List.of(officials), List.of(), layout, 1).lead()).isEqualTo(1);
    assertThat(salience.parts(List.of(officials), List.of(), oneSentenceLead, 1).lead()).isEqualTo(0);
  }
}
