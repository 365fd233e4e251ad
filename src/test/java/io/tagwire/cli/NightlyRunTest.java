package io.tagwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.tagwire.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * End-to-end runs of {@code tagwire run} as an operator starts it, on the shipped pipeline file
 * and sample data.
 */
class NightlyRunTest {
  @TempDir
  static Path tmp;

  static Path sampleOut;
  static int sampleExit;
  static String sampleErr;

  record Result(int exit, String err) {}

  static Result run(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Result(exit, err.toString());
  }

  @BeforeAll
  static void runTonightAndBadSample() {
    sampleOut = tmp.resolve("night");
    Result r = run("run", "--input", "sample-data/tonight", "sample-data/bad", "--output", sampleOut.toString(), "--run-date", "2026-11-25");
    sampleExit = r.exit();
    sampleErr = r.err();
  }

  static List<String> lines(Path dir, String prefix) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(f -> f.getFileName().toString().startsWith(prefix + "-")).sorted().toList()) {
        out.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  static long countRecords(Path dir) throws IOException {
    long n = 0;
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
        // Bytes, not text: the bad sample holds a line that is not valid UTF-8 on purpose.
        for (String line : new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).split("\n")) {
          if (!line.isBlank()) {
            n++;
          }
        }
      }
    }
    return n;
  }

  @Test
  void everyRecordReadIsAccountedFor() throws IOException {
    JsonNode summary = Json.MAPPER.readTree(sampleOut.resolve("summary.json").toFile());
    JsonNode r = summary.path("records");
    long inputRecords = countRecords(Path.of("sample-data/tonight")) + countRecords(Path.of("sample-data/bad"));

    assertThat(r.path("read").asLong()).isEqualTo(inputRecords);
    assertThat(r.path("read").asLong()).isEqualTo(
        r.path("enriched").asLong() + r.path("deadLettered").asLong() + r.path("duplicatesDropped").asLong());
    assertThat(r.path("enriched").asLong()).isEqualTo(lines(sampleOut, "enriched").size());
    assertThat(r.path("deadLettered").asLong()).isEqualTo(lines(sampleOut, "dead-letter").size());
    assertThat(r.path("duplicatesDropped").asLong()).isEqualTo(lines(sampleOut, "duplicates").size()).isEqualTo(1);
    assertThat(r.path("blankLinesSkipped").asLong()).isEqualTo(1);
    assertThat(summary.path("exitStatus").asInt()).isEqualTo(sampleExit);
    assertThat(sampleErr).contains("enriched").contains("dead-lettered");
  }

  @Test
  void enrichedRecordsValidateAgainstTheShippedSchema() throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SchemaCommand.schema());
    List<String> enriched = lines(sampleOut, "enriched");

    assertThat(enriched).hasSizeGreaterThan(40);
    for (String line : enriched) {
      JsonNode record = Json.MAPPER.readTree(line);
      Set<ValidationMessage> errors = schema.validate(record);
      assertThat(errors).as("schema errors for %s", record.path("id").asText()).isEmpty();
    }
  }

  @Test
  void badSampleLinesGetTheDocumentedReasons() throws IOException {
    Map<Long, String> byLine = new TreeMap<>();
    for (String line : lines(sampleOut, "dead-letter")) {
      JsonNode d = Json.MAPPER.readTree(line);
      if (d.path("file").asText().endsWith("malformed.jsonl")) {
        byLine.put(d.path("line").asLong(), d.path("reason").asText() + (d.hasNonNull("field") ? "/" + d.path("field").asText() : ""));
        assertThat(d.path("message").asText()).isNotBlank();
        assertThat(d.path("stage").asText()).isIn("read", "parse");
      }
    }

    assertThat(byLine).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
        Map.entry(2L, "malformed-json"), Map.entry(3L, "missing-field/id"), Map.entry(4L, "empty-field/id"),
        Map.entry(5L, "wrong-type/id"), Map.entry(6L, "missing-field/body"), Map.entry(7L, "empty-field/body"),
        Map.entry(8L, "wrong-type/body"), Map.entry(9L, "bad-value/published"), Map.entry(10L, "wrong-type/regions"),
        Map.entry(11L, "wrong-type/title"), Map.entry(12L, "not-an-object"), Map.entry(15L, "invalid-utf8"))));
  }

  @Test
  void tooManyDeadLettersExitWith3ButStillWriteOutput() {
    assertThat(sampleExit).isEqualTo(3);
    assertThat(sampleOut.resolve("summary.json")).exists();
  }

  @Test
  void rerunGivesByteIdenticalOutputAndReplacesTheFolder() throws IOException {
    Path again = tmp.resolve("again");
    Result first = run("run", "--input", "sample-data/tonight", "--output", again.toString(), "--run-date", "2026-11-25");
    List<String> firstLines = lines(again, "enriched");
    Result second = run("run", "--input", "sample-data/tonight", "--output", again.toString(), "--run-date", "2026-11-25");

    assertThat(first.exit()).isZero();
    assertThat(second.exit()).isZero();
    assertThat(lines(again, "enriched")).isEqualTo(firstLines);
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".again"))).isEmpty();
    }
  }

  @Test
  void emptyInputWritesAnEmptyValidResult() throws IOException {
    Path empty = tmp.resolve("empty-in");
    Files.createDirectories(empty);
    Files.writeString(empty.resolve("none.jsonl"), "");
    Path out = tmp.resolve("empty-out");

    Result r = run("run", "--input", empty.toString(), "--output", out.toString());

    assertThat(r.exit()).isZero();
    assertThat(lines(out, "enriched")).isEmpty();
    assertThat(Json.MAPPER.readTree(out.resolve("summary.json").toFile()).path("records").path("read").asLong()).isZero();
  }

  @Test
  void usageAndConfigErrorsExitWith2AndNameTheProblem() throws IOException {
    Result missing = run("run", "--input", "no/such/folder", "--output", tmp.resolve("x").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("--input no/such/folder").doesNotContain("Exception");

    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "name: x\nstages: [tokenise]\n");
    Result config = run("run", "--pipeline", bad.toString(), "--input", "sample-data/bad", "--output", tmp.resolve("y").toString());
    assertThat(config.exit()).isEqualTo(2);
    assertThat(config.err()).contains(bad.toString()).contains("unknown stage 'tokenise'");

    Result beam = run("run", "--input", "sample-data/bad", "--output", tmp.resolve("z").toString(), "--runner=NoSuchRunner");
    assertThat(beam.exit()).isEqualTo(2);
    assertThat(beam.err()).contains("NoSuchRunner");
  }
}
