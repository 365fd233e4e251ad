package io.tagwire.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.tagwire.cli.SchemaCommand;
import io.tagwire.config.ConfigException;
import io.tagwire.model.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {
  @TempDir
  Path tmp;

  @Test
  void fixtureRecordsFollowTheEnrichedSchema() throws Exception {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SchemaCommand.schema());
    Path run = ReviewFixture.write(tmp);
    try (var shards = Files.newDirectoryStream(run, "enriched-*.jsonl")) {
      int n = 0;
      for (Path shard : shards) {
        for (String line : Files.readAllLines(shard, StandardCharsets.UTF_8)) {
          JsonNode node = Json.MAPPER.readTree(line);
          assertThat(schema.validate(node)).as(node.get("id").asText()).isEmpty();
          n++;
        }
      }
      assertThat(n).isEqualTo(4);
    }
  }

  @Test
  void readsEveryShardInIdOrderWithSummaryAndCounts() throws Exception {
    RunFolder run = RunFolder.read(ReviewFixture.write(tmp));
    assertThat(run.articles().keySet()).containsExactly(ReviewFixture.TECH, ReviewFixture.GAZA, ReviewFixture.XSS, ReviewFixture.DUP);
    assertThat(run.summary().runId()).isEqualTo(ReviewFixture.RUN_ID);
    assertThat(run.summary().records().read()).isEqualTo(6);
    assertThat(run.deadLetters()).isEqualTo(1);
    assertThat(run.duplicates()).isEqualTo(1);
    assertThat(run.article(ReviewFixture.XSS).title()).isEqualTo(ReviewFixture.XSS_TITLE);
  }

  @Test
  void aBadLineIsReportedWithFileAndLine() throws Exception {
    Path run = ReviewFixture.write(tmp);
    Files.writeString(run.resolve("enriched-00001-of-00002.jsonl"), "{\"id\":\"x\",\"body\":\"b\"}\n{not json\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> RunFolder.read(run))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("enriched-00001-of-00002.jsonl:4: not an enriched record");
  }

  @Test
  void aFolderWithoutEnrichedFilesIsRefused() {
    assertThatThrownBy(() -> RunFolder.read(tmp)).isInstanceOf(ConfigException.class).hasMessageContaining("no enriched-*.jsonl");
    assertThatThrownBy(() -> RunFolder.read(tmp.resolve("missing"))).isInstanceOf(ConfigException.class).hasMessageContaining("not a folder");
  }

  @Test
  void anIdTwiceInTheRunIsRefused() throws Exception {
    Path run = ReviewFixture.write(tmp);
    Path first = run.resolve("enriched-00000-of-00002.jsonl");
    String line = Files.readAllLines(first).get(0);
    Files.writeString(run.resolve("enriched-00001-of-00002.jsonl"), line + "\n", java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> RunFolder.read(run)).isInstanceOf(ConfigException.class).hasMessageContaining("appears twice");
  }
}
