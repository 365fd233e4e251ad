package io.tagwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.tagwire.config.PipelineConfig;
import io.tagwire.config.TagsConfig;
import io.tagwire.model.Json;
import io.tagwire.tagging.Vocabulary;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole run with the tags stage registered in {@link Stages}: output valid against the published schema. */
class TagsStageRunTest {
  @TempDir
  Path dir;

  @Test
  void aRunWritesSuggestedTagsThatMatchTheSchema() throws Exception {
    Path input = dir.resolve("in.jsonl");
    List<String> lines = new ArrayList<>();
    lines.add(Json.write(Map.of("id", "a1", "title", "Microsoft cuts off Azure services to Israeli unit",
        "body", "Microsoft said it had cut off Azure services used by Unit 8200 for mass surveillance.\n\n"
            + "Microsoft's president, Brad Smith, told staff the review was over. Brad Smith said Azure was misused.")));
    lines.add(Json.write(Map.of("id", "a2", "title", "Schools reopen in Nairobi",
        "body", "Schools in Nairobi reopened on Monday after a two-week strike by teachers. Parents welcomed it.")));
    lines.add(Json.write(Map.of("id", "a3", "title", "Les écoles rouvrent à Paris",
        "body", "Les écoles de Paris rouvrent lundi après deux semaines de grève des enseignants, a annoncé la mairie.")));
    Files.write(input, lines, StandardCharsets.UTF_8);
    Path vocabulary = dir.resolve("vocabulary.tsv");
    Files.writeString(vocabulary, String.join("\n", Vocabulary.HEADER, "Microsoft\torganisation\t\t", "Azure\tproduct\t\t",
        "Unit 8200\torganisation\t\t", "Nairobi\tplace\t\t", "Schools\ttopic\t\t") + "\n");
    Path feedback = dir.resolve("decisions.jsonl");
    Files.writeString(feedback, "{\"articleId\":\"a1\",\"tag\":\"Unit 8200\",\"decision\":\"rejected\",\"reason\":\"wrong\"}\nnot json\n");

    TagsConfig tags = TagsConfig.defaults().withVocabulary(vocabulary.toString()).withPriors(dir.resolve("none.tsv").toString())
        .withFeedback(feedback.toString());
    PipelineConfig config = new PipelineConfig("test", null, List.of(), null, null, 1.0, List.of("language", "tokenize", "tags"),
        null, null, null, null, null, tags, null);
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    PrintStream stderr = System.err;
    RunSummary summary;
    try {
      System.setErr(err);
      summary = new NightlyRun(err).run(new NightlyRun.Request(config, "test.yaml", List.of(input.toString()),
          dir.resolve("out"), null, "2026-11-25", 1, new String[0]));
    } finally {
      System.setErr(stderr);
    }
    assertThat(summary.exitStatus()).isZero();
    assertThat(summary.stageCounts()).containsEntry("tags", 3L);
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains(feedback + ":2: not a JSON object");

    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/schema/enriched-article.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    List<String> enriched = Files.readAllLines(dir.resolve("out/enriched-00000-of-00001.jsonl"));
    assertThat(enriched).hasSize(3);
    for (String line : enriched) {
      JsonNode record = Json.MAPPER.readTree(line);
      assertThat(schema.validate(record)).as(line).isEmpty();
      List<String> tagNames = new ArrayList<>();
      record.get("suggestedTags").forEach(t -> tagNames.add(t.get("tag").asText()));
      switch (record.get("id").asText()) {
        case "a1" -> assertThat(tagNames).contains("Microsoft", "Azure", "Brad Smith").doesNotContain("Unit 8200");
        case "a2" -> assertThat(tagNames).contains("Nairobi");
        default -> assertThat(tagNames).isEmpty();
      }
    }
    assertThat(Json.MAPPER.readTree(enriched.get(0)).get("provenance").get("models").get("tags").asText())
        .startsWith("vocabulary " + vocabulary + " sha256:");
  }
}
