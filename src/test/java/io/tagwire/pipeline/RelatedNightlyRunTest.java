package io.tagwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tagwire.config.PipelineConfig;
import io.tagwire.config.RelatedConfig;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.Json;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nights through {@link NightlyRun} as an operator runs them (raw JSONL in, no entities stage:
 * lexical similarity only): the archive gets one partition per night, the copy count reaches
 * summary.json, the output folder keeps no partition, and a re-run of a night replaces it.
 */
class RelatedNightlyRunTest {
  @TempDir
  Path dir;

  private static PipelineConfig config() {
    return new PipelineConfig("nightly", null, List.of(), null, null, 1.0, List.of("related"), null, null, null, null, null, null,
        RelatedConfig.defaults());
  }

  private Path write(String name, List<AnnotatedArticle> articles) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (AnnotatedArticle a : articles) {
      sb.append(Json.write(a.article())).append('\n');
    }
    Path f = dir.resolve(name);
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    return f;
  }

  private RunSummary run(Path input, Path out, Path archive, String date) throws Exception {
    return new NightlyRun(new PrintStream(java.io.OutputStream.nullOutputStream()))
        .run(new NightlyRun.Request(config(), "test.yaml", List.of(input.toString()), out, archive, date, 1, new String[0]));
  }

  private static Map<String, JsonNode> enriched(Path out) throws Exception {
    Map<String, JsonNode> byId = new HashMap<>();
    for (String line : Files.readAllLines(out.resolve("enriched-00000-of-00001.jsonl"))) {
      JsonNode n = Json.MAPPER.readTree(line);
      byId.put(n.get("id").asText(), n);
    }
    return byId;
  }

  private static List<String> linkIds(JsonNode n) {
    List<String> ids = new ArrayList<>();
    n.get("related").forEach(l -> ids.add(l.get("id").asText()));
    return ids;
  }

  @Test
  void nightsArePublishedToTheArchiveCountedAndReplacedOnRerun() throws Exception {
    Path archive = dir.resolve("archive");
    Path n1 = write("night1.jsonl", LinkRelatedArticlesTest.night1());
    Path n2 = write("night2.jsonl", LinkRelatedArticlesTest.night2());

    RunSummary s1 = run(n1, dir.resolve("out1"), archive, "2026-11-24");
    assertThat(s1.records().nearDuplicatesFlagged()).isEqualTo(1); // u2 copies u1
    assertThat(s1.stageCounts()).containsEntry("related", 6L);
    assertThat(archive.resolve("date=2026-11-24/articles-00000-of-00001.jsonl")).exists();
    assertThat(dir.resolve("out1").resolve(LinkRelatedArticles.PARTITION_DIR)).doesNotExist();

    RunSummary s2 = run(n2, dir.resolve("out2"), archive, "2026-11-25");
    assertThat(s2.records().nearDuplicatesFlagged()).isEqualTo(2); // u3 copies u1, c2 copies c1
    Map<String, JsonNode> out2 = enriched(dir.resolve("out2"));
    assertThat(linkIds(out2.get("r2"))).contains("r1");
    assertThat(out2.get("r2").get("related").get(0).get("shared")).isNotEmpty();
    assertThat(linkIds(out2.get("m2"))).contains("m1");
    assertThat(out2.get("u3").get("duplicateOf").asText()).isEqualTo("u1");
    assertThat(out2.get("c2").get("duplicateOf").asText()).isEqualTo("c1");

    String partition = Files.readString(archive.resolve("date=2026-11-25/articles-00000-of-00001.jsonl"));
    RunSummary again = run(n2, dir.resolve("out2"), archive, "2026-11-25");
    assertThat(again.records().nearDuplicatesFlagged()).isEqualTo(2);
    assertThat(Files.readString(archive.resolve("date=2026-11-25/articles-00000-of-00001.jsonl"))).isEqualTo(partition);
    assertThat(enriched(dir.resolve("out2")).get("r2").get("related")).isEqualTo(out2.get("r2").get("related"));
    try (var files = Files.list(archive)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("date=2026-11-24", "date=2026-11-25");
    }
  }

  @Test
  void withoutAnArchiveNothingIsPublished() throws Exception {
    Path input = write("both.jsonl", LinkRelatedArticlesTest.night1());
    RunSummary s = run(input, dir.resolve("out"), null, "2026-11-24");
    assertThat(s.records().enriched()).isEqualTo(6);
    assertThat(linkIds(enriched(dir.resolve("out")).get("u1"))).doesNotContain("u2");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).doesNotContain("archive");
    }
  }
}
