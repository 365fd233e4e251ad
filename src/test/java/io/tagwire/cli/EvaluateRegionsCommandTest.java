package io.tagwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tagwire.model.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateRegionsCommandTest {
  @TempDir
  Path dir;

  private String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    assertThat(cli.execute(args)).isZero();
    return out.toString();
  }

  @Test
  void jsonReportHasPerRegionScoresTopOneAndConfusion() throws Exception {
    Path data = dir.resolve("gold.jsonl");
    Files.writeString(data, String.join("\n",
        "{\"id\":\"1\",\"title\":\"Strikes on Gaza\",\"body\":\"GAZA CITY - Strikes hit the north of the Gaza Strip.\",\"regions\":[\"Palestine\"]}",
        "{\"id\":\"2\",\"title\":\"Protest in Beirut\",\"body\":\"BEIRUT - Thousands marched through the Lebanese capital.\",\"regions\":[\"MENA\"]}",
        "{\"id\":\"3\",\"title\":\"Markets rally\",\"body\":\"Shares rose after figures showed prices rising more slowly.\",\"regions\":[\"Europe\"]}",
        "{\"id\":\"4\",\"title\":\"No gold\",\"body\":\"Shares rose in Paris.\"}") + "\n");

    JsonNode r = Json.MAPPER.readTree(run("evaluate", "regions", "--data", data.toString(), "--json"));

    assertThat(r.path("scores").path("articles").asLong()).isEqualTo(3);
    assertThat(r.path("skippedWithoutGold").asLong()).isEqualTo(1);
    assertThat(r.path("scores").path("top1Accuracy").asDouble()).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(r.path("scores").path("noRegion").asLong()).isEqualTo(1);
    assertThat(r.path("scores").path("labels").path("perLabel").path("Palestine").path("f1").asDouble()).isEqualTo(1.0);
    assertThat(r.path("scores").path("labels").path("perLabel").path("Europe").path("fn").asLong()).isEqualTo(1);
    assertThat(r.path("scores").path("confusion").path("counts").path("Europe").path("(none)").asLong()).isEqualTo(1);
  }

  @Test
  void anotherRegionMapChangesTheResult() throws Exception {
    Path data = dir.resolve("gold.jsonl");
    Files.writeString(data, "{\"id\":\"1\",\"title\":\"Knesset votes\",\"body\":\"TEL AVIV - Israel's parliament approved "
        + "the budget, Israeli lawmakers said.\",\"regions\":[\"MENA\"]}\n");
    Path map = dir.resolve("map.tsv");
    StringBuilder changed = new StringBuilder();
    for (String line : Files.readAllLines(Path.of("models/regions/region-map.tsv"))) {
      changed.append(line.startsWith("IL\t") ? "IL\tIsrael\tMENA" : line).append('\n');
    }
    Files.writeString(map, changed.toString());

    JsonNode site = Json.MAPPER.readTree(run("evaluate", "regions", "--data", data.toString(), "--json"));
    JsonNode other = Json.MAPPER.readTree(run("evaluate", "regions", "--data", data.toString(), "--json",
        "--region-map", map.toString()));

    assertThat(site.path("scores").path("top1Accuracy").asDouble()).isEqualTo(0.0);
    assertThat(other.path("scores").path("top1Accuracy").asDouble()).isEqualTo(1.0);
  }
}
