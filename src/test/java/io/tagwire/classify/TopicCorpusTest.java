package io.tagwire.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicCorpusTest {
  @TempDir
  Path dir;

  @Test
  void reportsBadLinesWithFileAndLineAndKeepsTheGoodOnes() throws Exception {
    Path file = dir.resolve("train.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\":\"a1\",\"section\":\"Sports\",\"title\":\"Cup final\",\"body\":\"The team won the cup final after extra time, the captain scoring the winning goal in front of a full stadium.\"}",
        "{\"id\":\"a2\",\"section\":\"Sports\",\"body\":\"cut off",
        "{\"id\":\"a3\",\"title\":\"No section\",\"body\":\"This article has no section field and cannot be used for training the classifier at all.\"}",
        "{\"id\":\"a4\",\"section\":\"Economy\",\"title\":\"Copy\",\"body\":\"The team won the cup final after extra time, the captain scoring the winning goal in front of a full stadium.\",\"duplicateOf\":\"a1\"}",
        "{\"id\":\"a5\",\"section\":\"Economy\",\"title\":\"Les marchés reculent\",\"body\":\"Les marchés européens ont reculé lundi, les investisseurs craignant une hausse des taux d'intérêt de la banque centrale.\"}",
        "{\"id\":\"a6\",\"section\":\"Economy\",\"title\":\"Rates rise\",\"body\":\"The central bank raised interest rates again on Thursday to bring down inflation, its fourth increase this year.\"}",
        ""), StandardCharsets.UTF_8);
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();

    TopicCorpus.Loaded loaded = TopicCorpus.load(List.of(file.toString()), Set.of(), true,
        new PrintStream(warnings, true, StandardCharsets.UTF_8));

    assertThat(loaded.examples()).extracting(TopicExample::id).containsExactly("a1", "a6");
    assertThat(warnings.toString(StandardCharsets.UTF_8)).contains(file + ":2: malformed-json");
    assertThat(loaded.skipped()).containsEntry("invalid", 1).containsEntry("no section", 1)
        .containsEntry("republished copy (duplicateOf)", 1).containsEntry("not English", 1);
    assertThat(loaded.sha256()).hasSize(64);
    assertThat(loaded.examples().get(0).source()).isEqualTo(file + ":1");
  }

  @Test
  void labelsFilterKeepsOnlyTheNamedSections() throws Exception {
    Path file = dir.resolve("train.jsonl");
    Files.writeString(file,
        "{\"id\":\"a1\",\"section\":\"Sports\",\"title\":\"Cup final\",\"body\":\"The team won the cup final after extra time, the captain scoring the winning goal.\"}\n"
            + "{\"id\":\"a6\",\"section\":\"Economy\",\"title\":\"Rates rise\",\"body\":\"The central bank raised interest rates again on Thursday to bring down inflation.\"}\n",
        StandardCharsets.UTF_8);
    TopicCorpus.Loaded loaded = TopicCorpus.load(List.of(file.toString()), Set.of("Economy"), true, new PrintStream(new ByteArrayOutputStream()));
    assertThat(loaded.examples()).extracting(TopicExample::label).containsExactly("Economy");
    assertThat(loaded.skipped()).containsEntry("section not in --labels", 1);
  }
}
