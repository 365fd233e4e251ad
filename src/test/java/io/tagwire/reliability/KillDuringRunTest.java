package io.tagwire.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tagwire.model.Json;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills real runs (child JVMs, SIGKILL) at several moments and checks that the output path always
 * holds the previous complete run, and that a rerun gives the same bytes as an undisturbed run.
 */
class KillDuringRunTest {
  @TempDir
  Path tmp;

  private Process start(Path output, Path archive, String... inputs) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
        "-cp", System.getProperty("java.class.path"), "io.tagwire.cli.Main", "run",
        "--output", output.toString(), "--archive", archive.toString(), "--run-date", "2026-11-25", "--input"));
    cmd.addAll(List.of(inputs));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
  }

  private static String runId(Path output) throws Exception {
    JsonNode s = Json.MAPPER.readTree(output.resolve("summary.json").toFile());
    return s.path("runId").asText();
  }

  @Test
  void aKilledRunLeavesThePreviousOutputAndARerunIsByteIdentical() throws Exception {
    Path out = tmp.resolve("night");
    Path archive = tmp.resolve("archive");
    Process first = start(out, archive, "sample-data/bad");
    assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).as(Files.readString(tmp.resolve("child.log"))).isEqualTo(3);
    String goodRun = runId(out);

    for (long delayMillis : new long[] {300, 1_500, 3_000, 5_000}) {
      Process p = start(out, archive, "sample-data/tonight");
      Thread.sleep(delayMillis);
      p.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
      p.waitFor(30, TimeUnit.SECONDS);
      if (p.exitValue() == 0) {
        // Finished before the kill: the new output must then be complete.
        goodRun = runId(out);
      }
      assertThat(out.resolve("summary.json")).exists();
      assertThat(runId(out)).isEqualTo(goodRun);
      assertNoHalfPartition(archive);
    }

    Process rerun = start(out, archive, "sample-data/tonight");
    assertThat(rerun.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(rerun.exitValue()).as(Files.readString(tmp.resolve("child.log"))).isZero();
    Path clean = tmp.resolve("clean");
    Process undisturbed = start(clean, tmp.resolve("archive-clean"), "sample-data/tonight");
    assertThat(undisturbed.waitFor(300, TimeUnit.SECONDS)).isTrue();

    assertThat(Files.readAllBytes(out.resolve("enriched-00000-of-00001.jsonl")))
        .isEqualTo(Files.readAllBytes(clean.resolve("enriched-00000-of-00001.jsonl")));
    try (var siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".night"))).isEmpty();
    }
  }

  /** Archive partitions are published whole: no temporary or partial partition is ever visible. */
  private static void assertNoHalfPartition(Path archive) throws Exception {
    if (!Files.exists(archive)) {
      return;
    }
    try (var parts = Files.list(archive)) {
      for (Path p : parts.toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith("date=")) {
          assertThat(p.toFile().list()).as("partition %s is complete", name).isNotEmpty();
        }
        assertThat(name).as("no temporary partition left in the archive").doesNotContain(".tmp");
      }
    }
    assertThat(new File(archive.toFile(), "date=2026-11-25.tmp")).doesNotExist();
  }
}
