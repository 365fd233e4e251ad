package io.tagwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.config.PipelineConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionsManifestTest {
  @Test
  void provenanceNamesGazetteerAndMapByContentHash() {
    PipelineConfig config = PipelineConfig.load(Path.of("pipelines/nightly.yaml"))
        .withStages(List.of("language", "tokenize", "entities", "regions"));

    Map<String, String> models = ModelManifest.forConfig(config);

    assertThat(models.get("regionGazetteer")).matches("models/regions/gazetteer\\.tsv@sha256:[0-9a-f]{12}");
    assertThat(models.get("regionMap")).matches("models/regions/region-map\\.tsv@sha256:[0-9a-f]{12}");
  }
}
