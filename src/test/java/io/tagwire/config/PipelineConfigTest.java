package io.tagwire.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineConfigTest {
  @TempDir
  Path dir;

  private Path write(String yaml) throws IOException {
    Path f = dir.resolve("p.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  @Test
  void shippedNightlyPipelineLoads() {
    PipelineConfig c = PipelineConfig.load(Path.of("pipelines/nightly.yaml"));

    assertThat(c.name()).isEqualTo("nightly");
    assertThat(c.stages()).startsWith("language", "tokenize");
  }

  @Test
  void unknownKeyNamesFileLineKeyAndKnownKeys() throws IOException {
    Path f = write("name: x\nlimits:\n  maxBodyChar: 5000\n");

    assertThatThrownBy(() -> PipelineConfig.load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(f.toString() + ":3")
        .hasMessageContaining("unknown key 'limits.maxBodyChar'")
        .hasMessageContaining("maxBodyChars");
  }

  @Test
  void badValuesAreAllReportedWithWhatWasExpected() throws IOException {
    Path f = write("name: x\nmaxDeadLetterRatio: 1.5\nlimits:\n  overLimit: drop\n");

    assertThatThrownBy(() -> PipelineConfig.load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("maxDeadLetterRatio: expected a number in [0, 1], got '1.5'")
        .hasMessageContaining("limits.overLimit: expected 'deadLetter' or 'truncate', got 'drop'");
  }

  @Test
  void wrongTypeIsReported() throws IOException {
    Path f = write("name: x\nmaxDeadLetterRatio: lots\n");

    assertThatThrownBy(() -> PipelineConfig.load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("bad value for 'maxDeadLetterRatio'");
  }

  @Test
  void stageOrderIsChecked() throws IOException {
    Path f = write("name: x\nstages: [entities, tokenize, nonsense]\n");

    assertThatThrownBy(() -> PipelineConfig.load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("stage 'entities' needs 'tokenize' listed before it")
        .hasMessageContaining("unknown stage 'nonsense'");
  }

  @Test
  void missingFileIsAConfigError() {
    assertThatThrownBy(() -> PipelineConfig.load(dir.resolve("nope.yaml")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("pipeline file not found");
  }
}
