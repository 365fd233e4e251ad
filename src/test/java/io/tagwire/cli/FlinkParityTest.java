package io.tagwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tagwire.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The same nightly pipeline file on an embedded Flink cluster with two parallel workers gives the
 * same output as on the DirectRunner: the promise that a bigger site can move to a cluster
 * without its output changing. Both runs go through {@code tagwire run} as an operator starts
 * them, over tonight's sample plus the malformed sample (so dead letters and dropped duplicates
 * cross Flink too), written as two shards, with an archive holding one earlier night (so related
 * links reach into the archive) whose new partition must come out the same too.
 */
class FlinkParityTest {
  @TempDir
  static Path tmp;

  static Path direct;
  static Path flink;
  static RunResult directRun;
  static RunResult flinkRun;

  record RunResult(int exit, String err) {}

  static RunResult execute(List<String> args) {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args.toArray(String[]::new));
    return new RunResult(exit, err.toString());
  }

  static RunResult run(Path out, Path archive, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("run", "--input", "sample-data/tonight", "sample-data/bad",
        "--output", out.toString(), "--archive", archive.toString(), "--run-date", "2026-11-25", "--shards", "2"));
    args.addAll(List.of(extra));
    return execute(args);
  }

  /**
   * An earlier night (one archive file, to keep CI short) in an archive of its own for each run,
   * so tonight's related links reach into the archive on both runners.
   */
  static Path seededArchive(Path seed, String name) throws IOException {
    Path copy = tmp.resolve(name);
    try (Stream<Path> s = Files.walk(seed)) {
      for (Path p : s.toList()) {
        Path target = copy.resolve(seed.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return copy;
  }

  @BeforeAll
  static void runOnBothRunners() throws IOException {
    Path seed = tmp.resolve("archive-seed");
    RunResult earlier = execute(List.of("run", "--input", "sample-data/archive/environment-misc.jsonl",
        "--output", tmp.resolve("earlier").toString(), "--archive", seed.toString(), "--run-date", "2026-11-24"));
    assertThat(earlier.exit()).as(earlier.err()).isZero();
    direct = tmp.resolve("direct");
    flink = tmp.resolve("flink");
    directArchive = seededArchive(seed, "archive-direct");
    flinkArchive = seededArchive(seed, "archive-flink");
    directRun = run(direct, directArchive);
    flinkRun = run(flink, flinkArchive, "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
  }

  static Path directArchive;
  static Path flinkArchive;

  /** Every file under {@code dir} by relative path. */
  static Map<String, byte[]> tree(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  static Map<String, byte[]> outputFiles(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".jsonl")).toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  @Test
  void bothRunsFinishWithTheSameExitStatusAndFlinkRunsInParallel() {
    // The malformed sample puts the dead-letter ratio over the pipeline's limit: exit 3 on both.
    assertThat(flinkRun.exit()).as(flinkRun.err()).isEqualTo(directRun.exit()).isEqualTo(3);
    assertThat(flinkRun.err()).contains("on FlinkRunner ([local], parallelism 2)");
  }

  @Test
  void flinkWritesTheSameBytesAsTheDirectRunner() throws IOException {
    Map<String, byte[]> expected = outputFiles(direct);
    Map<String, byte[]> actual = outputFiles(flink);

    assertThat(actual.keySet()).isEqualTo(expected.keySet()).contains(
        "enriched-00000-of-00002.jsonl", "enriched-00001-of-00002.jsonl",
        "dead-letter-00000-of-00001.jsonl", "duplicates-00000-of-00001.jsonl");
    for (String name : expected.keySet()) {
      // Compared as text first, so a failure shows the differing records rather than two arrays.
      assertThat(new String(actual.get(name), java.nio.charset.StandardCharsets.ISO_8859_1))
          .as(name).isEqualTo(new String(expected.get(name), java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    long enriched = expected.entrySet().stream().filter(e -> e.getKey().startsWith("enriched-"))
        .mapToLong(e -> new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8).lines().count()).sum();
    assertThat(enriched).isGreaterThan(40);
  }

  @Test
  void flinkPublishesTheSameArchivePartitionAndLinksIntoTheArchive() throws IOException {
    Map<String, byte[]> expected = tree(directArchive);
    Map<String, byte[]> actual = tree(flinkArchive);

    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    assertThat(actual.keySet()).anyMatch(k -> k.contains("2026-11-24")).anyMatch(k -> k.contains("2026-11-25"));
    for (String name : expected.keySet()) {
      assertThat(new String(actual.get(name), java.nio.charset.StandardCharsets.UTF_8)).as(name)
          .isEqualTo(new String(expected.get(name), java.nio.charset.StandardCharsets.UTF_8));
    }
    // Tonight's related links do reach the earlier night, so the archive side of the stage ran.
    java.util.Set<String> earlierIds = new java.util.TreeSet<>();
    for (String line : Files.readAllLines(Path.of("sample-data/archive/environment-misc.jsonl"))) {
      if (!line.isBlank()) {
        earlierIds.add(Json.MAPPER.readTree(line).path("id").asText());
      }
    }
    java.util.Set<String> linked = new java.util.TreeSet<>();
    for (Map.Entry<String, byte[]> f : outputFiles(flink).entrySet()) {
      if (f.getKey().startsWith("enriched-")) {
        for (String line : new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
          Json.MAPPER.readTree(line).path("related").forEach(r -> linked.add(r.path("id").asText()));
        }
      }
    }
    assertThat(linked).containsAnyElementsOf(earlierIds);
  }

  @Test
  void flinkMetricsGiveTheSameSummaryCounts() throws IOException {
    JsonNode d = Json.MAPPER.readTree(direct.resolve("summary.json").toFile());
    JsonNode f = Json.MAPPER.readTree(flink.resolve("summary.json").toFile());

    assertThat(f.path("runner").asText()).isEqualTo("FlinkRunner");
    assertThat(f.path("runId").asText()).isEqualTo(d.path("runId").asText());
    for (String field : List.of("records", "deadLettersByReason", "deadLettersByStage", "languages", "stageCounts", "models")) {
      assertThat(f.path(field)).as(field).isEqualTo(d.path(field));
    }
    // Counters come back from Flink's accumulators, not from counting files: they must be non-trivial.
    assertThat(f.path("records").path("read").asLong()).isGreaterThan(50);
    assertThat(f.path("records").path("blankLinesSkipped").asLong()).isEqualTo(1);
    assertThat(f.path("stageCounts").size()).isGreaterThanOrEqualTo(2);
    assertThat(f.path("languages").path("en").asLong()).isGreaterThan(40);
  }
}
