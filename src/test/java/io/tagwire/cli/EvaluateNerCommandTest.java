package io.tagwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tagwire.model.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvaluateNerCommandTest {
  private static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new EvaluateNerCommand());
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute(args)).isZero();
    return out.toString();
  }

  @Test
  void tableAndJsonGiveTheSameNumbers() throws Exception {
    String table = run("--conll", "src/test/resources/conll/sample.conll");
    JsonNode json = Json.MAPPER.readTree(run("--conll", "src/test/resources/conll/sample.conll", "--json"));
    JsonNode micro = json.at("/result/scores/micro");
    assertThat(table).contains("processed 1408 tokens in 59 sentences (4 documents) with 215 entities; found: "
        + json.at("/result/predictedEntities").asLong() + "; correct: " + json.at("/result/correctEntities").asLong());
    String microRow = table.lines().filter(l -> l.startsWith("micro avg")).findFirst().orElseThrow();
    assertThat(microRow).contains(String.format("%.4f", micro.get("precision").asDouble()),
        String.format("%.4f", micro.get("recall").asDouble()), String.format("%.4f", micro.get("f1").asDouble()));
    for (String type : new String[] {"PERSON", "ORGANIZATION", "LOCATION", "MISC"}) {
      JsonNode p = json.at("/result/scores/perLabel/" + type);
      String row = table.lines().filter(l -> l.startsWith(type + " ")).findFirst().orElseThrow();
      assertThat(row).contains(String.format("%.4f", p.get("f1").asDouble()));
    }
    assertThat(json.at("/recognizer/mode").asText()).isEqualTo("classifier");
    assertThat(json.at("/recognizer/dictionary").asText()).isEqualTo("models/ner/dictionary.tsv");
  }

  @Test
  void withoutDictionaryScoresCoreNlpAlone() throws Exception {
    JsonNode with = Json.MAPPER.readTree(run("--conll", "src/test/resources/conll/sample.conll", "--json"));
    JsonNode without = Json.MAPPER.readTree(run("--conll", "src/test/resources/conll/sample.conll", "--json", "--without-dictionary"));
    assertThat(without.at("/recognizer/dictionary").isNull()).isTrue();
    assertThat(without.at("/result/correctEntities").asLong()).isNotEqualTo(with.at("/result/correctEntities").asLong());
  }
}
