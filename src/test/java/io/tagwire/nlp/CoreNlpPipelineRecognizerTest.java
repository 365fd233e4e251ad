package io.tagwire.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.config.EntitiesConfig;
import io.tagwire.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Mode {@code annotate} (a full StanfordCoreNLP pipeline) against the default mode {@code classifier}. */
class CoreNlpPipelineRecognizerTest {
  private static final SentenceTokenizer TOKENIZER = new SentenceTokenizer();

  @Test
  void bothModesFindTheSameNamesAtTheSameOffsets() {
    Map<String, String> props = new TreeMap<>(EntitiesConfig.fastCoreNlp());
    MentionRecognizer classifier = new CoreNlpClassifierRecognizer(EntityModels.classifier(props));
    props.put("annotators", "tokenize,ssplit,ner");
    MentionRecognizer annotate = new CoreNlpPipelineRecognizer(EntityModels.pipeline(props));
    String text = "😀 Ciarán Doyle wrote to “Satya Nadella” in Zürich.\r\nThe Gaza Health Ministry said Israel had agreed.";
    NerTokens tokens = NerTokens.of(text, TOKENIZER.analyse(text));
    List<NameMention> a = annotate.recognize(text, tokens);
    assertThat(a).extracting(m -> m.text(text)).containsExactly("Ciarán Doyle", "Satya Nadella", "Zürich", "Gaza Health Ministry", "Israel");
    assertThat(a).isEqualTo(classifier.recognize(text, tokens));
  }

  @Test
  void longRunsAreBrokenWithoutMovingOffsets() {
    String text = "ok " + "x".repeat(200) + " 😀".repeat(40) + "😀".repeat(40) + " Gaza";
    String broken = CoreNlpPipelineRecognizer.withLongWordsBroken(text);
    assertThat(broken).hasSameSizeAs(text).endsWith(" Gaza").startsWith("ok ");
    assertThat(broken.split("\\s+")).allSatisfy(w -> assertThat(w.length()).isLessThanOrEqualTo(CoreNlpClassifierRecognizer.MAX_WORD));
    for (int i = 0; i < broken.length(); i++) {
      assertThat(Character.isHighSurrogate(broken.charAt(i)) == (i + 1 < broken.length() && Character.isLowSurrogate(broken.charAt(i + 1))))
          .as("surrogate pair intact at %d", i).isTrue();
    }
  }

  @Test
  void fineGrainedAndConllLabelsMapToTheFourTypes() {
    assertThat(NerLabels.typeOf("CITY")).isEqualTo(EntityType.LOCATION);
    assertThat(NerLabels.typeOf("STATE_OR_PROVINCE")).isEqualTo(EntityType.LOCATION);
    assertThat(NerLabels.typeOf("NATIONALITY")).isEqualTo(EntityType.MISC);
    assertThat(NerLabels.typeOf("B-PER")).isEqualTo(EntityType.PERSON);
    assertThat(NerLabels.typeOf("I-ORG")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(NerLabels.typeOf("DATE")).isNull();
    assertThat(NerLabels.typeOf("TITLE")).isNull();
    assertThat(NerLabels.typeOf("O")).isNull();
  }
}
