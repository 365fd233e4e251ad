package io.tagwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  @TempDir
  Path dir;

  @Test
  void commitReplacesPreviousOutputWhole() throws Exception {
    AtomicOutput out = new AtomicOutput(dir.resolve("night"));
    Path w1 = out.begin("r1");
    Files.writeString(w1.resolve("a.txt"), "first");
    out.commit(w1);
    Path w2 = out.begin("r2");
    Files.writeString(w2.resolve("b.txt"), "second");

    assertThat(dir.resolve("night/a.txt")).hasContent("first");
    out.commit(w2);

    assertThat(dir.resolve("night/b.txt")).hasContent("second");
    assertThat(dir.resolve("night/a.txt")).doesNotExist();
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("night");
    }
  }

  @Test
  void recoverRestoresPreviousOutputAfterAKillBetweenTheTwoRenames() throws Exception {
    Path prev = dir.resolve(".night.previous");
    Files.createDirectories(prev);
    Files.writeString(prev.resolve("summary.json"), "{}");
    Files.createDirectories(dir.resolve(".night.work-r9"));

    new AtomicOutput(dir.resolve("night")).recover();

    assertThat(dir.resolve("night/summary.json")).exists();
    assertThat(prev).doesNotExist();
    assertThat(dir.resolve(".night.work-r9")).doesNotExist();
  }
}
