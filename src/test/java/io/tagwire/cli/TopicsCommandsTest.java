package io.tagwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tagwire.model.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicsCommandsTest {
  @TempDir
  Path dir;

  private static String line(String id, String section, String title, String body) {
    return "{\"id\":\"" + id + "\",\"section\":\"" + section + "\",\"title\":\"" + title + "\",\"body\":\"" + body + "\"}";
  }

  private String run(String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.execute(args)).as(String.join(" ", args)).isZero();
    } finally {
      System.setOut(saved);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void trainThenEvaluateReportsUnknownLabelsAsErrors() throws Exception {
    List<String> train = new ArrayList<>();
    String[] sports = {"The striker scored and the team won the league match in front of the fans.",
        "The champion won the tennis final in straight sets to lift the trophy.",
        "The coach praised the players after the cup victory over their rivals.",
        "The sprinter won gold in the final at the athletics championships."};
    String[] economy = {"The central bank raised interest rates to fight inflation and slow prices.",
        "Shares fell after the company cut its profit forecast for the year.",
        "Unemployment fell as employers added jobs and wages rose again.",
        "The trade deficit widened as exports fell and imports of oil rose."};
    for (int i = 0; i < 4; i++) {
      train.add(line("s" + i, "Sports", "Match report " + i, sports[i]));
      train.add(line("e" + i, "Economy", "Markets " + i, economy[i]));
    }
    Path data = dir.resolve("train.jsonl");
    Files.write(data, train, StandardCharsets.UTF_8);
    Path model = dir.resolve("t.model");

    String summary = run("train", "topics", "--data", data.toString(), "--model", model.toString(), "--method", "tfidf");
    assertThat(summary).contains("trained topics (tfidf) on 8 articles").contains("Economy=4").contains("Sports=4");
    assertThat(model).exists();

    Path test = dir.resolve("test.jsonl");
    Files.write(test, List.of(
        line("t1", "Sports", "Cup final", "The team won the cup final after the striker scored late in the match."),
        line("t2", "Economy", "Rates", "The central bank raised interest rates as inflation and prices rose."),
        line("t3", "Health", "Flu", "Doctors said hospitals were full of flu patients this winter.")), StandardCharsets.UTF_8);
    JsonNode json = Json.MAPPER.readTree(run("evaluate", "topics", "--data", test.toString(), "--model", model.toString(), "--json"));
    JsonNode ev = json.get("evaluation");
    assertThat(ev.get("articles").asInt()).isEqualTo(3);
    assertThat(ev.get("correct").asInt()).isEqualTo(2);
    assertThat(ev.get("unknownLabels").get("Health").asInt()).isEqualTo(1);
    assertThat(ev.get("scores").get("perLabel").get("Health").get("fn").asInt()).isEqualTo(1);

    String text = run("evaluate", "topics", "--data", test.toString(), "--model", model.toString());
    assertThat(text).contains("accuracy 0.6667").contains("labels the model does not know (counted as errors): {Health=1}")
        .contains("gold \\ pred");
  }
}
