package io.tagwire.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tagwire.cli.Main;
import io.tagwire.model.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The whole nightly pipeline over 10,000 hostile records: nothing crashes, nothing is lost. */
class HostileCorpusTest {
  @TempDir
  Path tmp;

  @Test
  void everyHostileRecordIsAccountedForAndEverySpanIsValid() throws Exception {
    // The nightly pipeline up to regions: the batch-wide stages (tags, related) shuffle every
    // article several times, which under the test-time DirectRunner checks takes this 10,000-record
    // run past ten minutes on two cores; the next test takes them through a smaller hostile feed.
    String nightly = Files.readString(Path.of("pipelines/nightly.yaml"));
    runAndCheck(10_000, nightly.replace("  - tags\n", "").replace("  - related\n", ""));
  }

  @Test
  void theWholeNightlyPipelineAccountsForAHostileFeedAndLinksOnlyArticlesItWrote() throws Exception {
    Path out = runAndCheck(1_500, Files.readString(Path.of("pipelines/nightly.yaml")));

    java.util.Set<String> ids = new java.util.HashSet<>();
    List<JsonNode> enriched = new java.util.ArrayList<>();
    try (var files = Files.list(out)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("enriched-")).toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          JsonNode a = Json.MAPPER.readTree(line);
          ids.add(a.path("id").asText());
          enriched.add(a);
        }
      }
    }
    long tagged = enriched.stream().filter(a -> a.path("suggestedTags").size() > 0).count();
    assertThat(tagged).as("English articles get tag suggestions").isPositive();
    assertThat(enriched.stream().filter(a -> a.path("related").size() > 0).count()).as("articles with links").isPositive();
    for (JsonNode a : enriched) {
      for (JsonNode link : a.path("related")) {
        assertThat(link.path("id").asText()).as("links of %s", a.path("id").asText())
            .isNotEqualTo(a.path("id").asText()).isIn(ids);
      }
    }
  }

  /** Writes a hostile feed of {@code records} lines, runs {@code pipelineYaml} over it, checks the accounting and spans. */
  private Path runAndCheck(int records, String pipelineYaml) throws Exception {
    Path feed = tmp.resolve("feed.jsonl");
    HostileCorpus.Planted planted = new HostileCorpus(20261125L, HostileCorpus.loadSamples(Path.of("sample-data/archive")))
        .write(feed, records);
    Path out = tmp.resolve("out");
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err, true));
    Path pipeline = tmp.resolve("hostile.yaml");
    Files.writeString(pipeline, pipelineYaml);
    int exit = cli.execute("run", "--pipeline", pipeline.toString(), "--input", feed.toString(), "--output", out.toString(),
        "--archive", tmp.resolve("archive").toString(), "--run-date", "2026-11-25");

    assertThat(exit).as(err.toString()).isIn(0, 3);
    JsonNode summary = Json.MAPPER.readTree(out.resolve("summary.json").toFile());
    JsonNode r = summary.path("records");
    assertThat(r.path("read").asLong()).isEqualTo(planted.records());
    assertThat(r.path("read").asLong())
        .isEqualTo(r.path("enriched").asLong() + r.path("deadLettered").asLong() + r.path("duplicatesDropped").asLong());
    assertThat(r.path("duplicatesDropped").asLong()).isEqualTo(planted.duplicateIdRecords());
    assertThat(r.path("blankLinesSkipped").asLong()).isEqualTo(planted.blankLines());
    assertThat(summary.path("languages").path("en").asLong()).isPositive();
    long nonEnglish = 0;
    for (var it = summary.path("languages").fields(); it.hasNext(); ) {
      var lang = it.next();
      nonEnglish += "en".equals(lang.getKey()) ? 0 : lang.getValue().asLong();
    }
    assertThat(nonEnglish).isEqualTo(planted.nonEnglish());

    List<String> dead = Files.readAllLines(out.resolve("dead-letter-00000-of-00001.jsonl"), StandardCharsets.UTF_8);
    assertThat(dead).hasSize((int) r.path("deadLettered").asLong());
    for (String line : dead) {
      JsonNode d = Json.MAPPER.readTree(line);
      assertThat(d.path("file").asText()).isEqualTo(feed.toString());
      assertThat(d.path("line").asLong()).isPositive();
      assertThat(d.path("stage").asText()).isNotBlank();
      assertThat(d.path("reason").asText()).isNotBlank();
      assertThat(d.path("message").asText()).isNotBlank();
    }
    assertThat(dead).anySatisfy(l -> assertThat(l).contains("\"id\":\"huge-body\"").contains("too-large"));

    try (var files = Files.list(out)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("enriched-")).toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          JsonNode a = Json.MAPPER.readTree(line);
          String body = a.path("body").asText();
          String title = a.path("title").asText("");
          boolean english = "en".equals(a.path("language").path("code").asText());
          if (!english) {
            assertThat(a.path("entities")).as("no English NER on %s", a.path("id").asText()).isEmpty();
          }
          for (JsonNode e : a.path("entities")) {
            assertValidSpans(e.path("spans"), body);
            assertValidSpans(e.path("titleSpans"), title);
          }
        }
      }
    }
    return out;
  }

  private static void assertValidSpans(JsonNode spans, String text) {
    for (JsonNode s : spans) {
      int b = s.get(0).asInt();
      int e = s.get(1).asInt();
      assertThat(b).isBetween(0, e - 1);
      assertThat(e).isLessThanOrEqualTo(text.length());
      assertThat(Character.isLowSurrogate(text.charAt(b))).as("span starts inside a surrogate pair").isFalse();
      assertThat(e == text.length() || !Character.isLowSurrogate(text.charAt(e))).as("span ends inside a surrogate pair").isTrue();
    }
  }
}
