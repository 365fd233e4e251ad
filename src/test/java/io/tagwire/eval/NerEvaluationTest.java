package io.tagwire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tagwire.config.ConfigException;
import io.tagwire.config.EntitiesConfig;
import io.tagwire.nlp.EntityRecognizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerEvaluationTest {
  private static final Path IOB1 = Path.of("src/test/resources/conll/sample.conll");
  private static final Path IOB2 = Path.of("src/test/resources/conll/sample-iob2.conll");

  @TempDir
  Path dir;

  @Test
  void readsDocumentsSentencesAndTags() {
    ConllCorpus corpus = ConllCorpus.read(IOB1);
    assertThat(corpus.documents()).isEqualTo(4);
    assertThat(corpus.sentences().get(0).tokens()).startsWith("GAZA", "TRUCE");
    assertThat(corpus.sentences().get(0).tags()).startsWith("I-LOC", "O");
  }

  @Test
  void scoresExactSpanAndTypeTheSameOnIob1AndIob2() throws IOException {
    EntityRecognizer recognizer = new EntityRecognizer(EntitiesConfig.defaults());
    NerEvaluation.Result a = NerEvaluation.run(recognizer, ConllCorpus.read(IOB1));
    NerEvaluation.Result b = NerEvaluation.run(recognizer, ConllCorpus.read(IOB2));
    assertThat(a.goldEntities()).isEqualTo(215);
    assertThat(b).usingRecursiveComparison().isEqualTo(a);
    assertThat(a.scores().micro().tp()).isEqualTo(a.correctEntities());
    assertThat(a.scores().micro().tp() + a.scores().micro().fp()).isEqualTo(a.predictedEntities());
    assertThat(a.scores().micro().support()).isEqualTo(a.goldEntities());
    // a regression floor on the hand-made sample, well under what the pipeline scores on it
    assertThat(a.scores().micro().f1()).isGreaterThan(0.85);
  }

  @Test
  void aPerfectPredictionScoresOneAndAWrongTypeCountsTwice() throws IOException {
    // The recogniser finds "Satya Nadella" (PERSON) and "Microsoft" (ORGANIZATION); gold calls Microsoft a LOC.
    Path f = dir.resolve("tiny.conll");
    Files.writeString(f, "-DOCSTART- -X- O O\n\nSatya NNP I-NP B-PER\nNadella NNP I-NP I-PER\nleads VBZ I-VP O\n"
        + "Microsoft NNP I-NP B-LOC\n. . O O\n");
    NerEvaluation.Result r = NerEvaluation.run(new EntityRecognizer(EntitiesConfig.defaults()), ConllCorpus.read(f));
    assertThat(r.scores().perLabel().get("PERSON").f1()).isEqualTo(1.0);
    assertThat(r.scores().perLabel().get("LOCATION").fn()).isEqualTo(1);
    assertThat(r.scores().perLabel().get("ORGANIZATION").fp()).isEqualTo(1);
    assertThat(r.scores().micro().precision()).isEqualTo(0.5);
  }

  @Test
  void aLineWithoutATagNamesFileAndLine() throws IOException {
    Path f = dir.resolve("bad.conll");
    Files.writeString(f, "EU B-ORG\nrejects\n");
    assertThatThrownBy(() -> ConllCorpus.read(f)).isInstanceOf(ConfigException.class).hasMessageStartingWith(f + ":2:");
    Files.writeString(f, "EU NNP B-ORGANISATION-X\nrejects VBZ Q\n");
    assertThatThrownBy(() -> ConllCorpus.read(f)).isInstanceOf(ConfigException.class).hasMessageContaining(f + ":2: last column");
  }
}
