package io.tagwire.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tagwire.pipeline.ModelManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntitiesConfigTest {
  @TempDir
  Path dir;

  @Test
  void theNightlyPipelineRunsEntitiesWithTheFastCoreNlpConfiguration() {
    PipelineConfig config = PipelineConfig.load(Path.of("pipelines/nightly.yaml"));
    assertThat(config.stages()).containsSubsequence("tokenize", "entities");
    EntitiesConfig e = config.entities();
    assertThat(e.mode()).isEqualTo("classifier");
    assertThat(e.corenlp()).containsEntry("ner.model", EntitiesConfig.fastCoreNlp().get("ner.model"))
        .containsEntry("ner.applyFineGrained", "false").containsEntry("ner.useSUTime", "false");
    assertThat(e.salience()).isEqualTo(SalienceConfig.defaults());
    assertThat(ModelManifest.forConfig(config)).containsKeys("ner", "ner.dictionary", "ner.aliases", "ner.honorifics");
    assertThat(ModelManifest.forConfig(config).get("ner.dictionary")).matches("models/ner/dictionary.tsv@sha256:[0-9a-f]{12}");
  }

  @Test
  void operatorPropertiesAreLaidOverTheFastDefaults() throws IOException {
    Path f = dir.resolve("p.yaml");
    Files.writeString(f, "name: t\nstages: [tokenize, entities]\nentities:\n  corenlp:\n    ner.combinationMode: HIGH_RECALL\n");
    EntitiesConfig e = PipelineConfig.load(f).entities();
    assertThat(e.corenlp()).containsEntry("ner.combinationMode", "HIGH_RECALL").containsEntry("ner.useSUTime", "false");
  }

  @Test
  void badValuesNameTheKey() throws IOException {
    Path f = dir.resolve("p.yaml");
    Files.writeString(f, "name: t\nentities:\n  mode: fast\n  corenlp:\n    annotators: tokenize\n"
        + "  salience:\n    headline: 0.5\n    leadSentences: 0\n");
    assertThatThrownBy(() -> PipelineConfig.load(f)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("entities.mode: expected 'classifier' or 'annotate', got 'fast'")
        .hasMessageContaining("entities.salience.leadSentences: expected an integer >= 1")
        .hasMessageContaining("entities.salience: expected headline + lead + frequency + spread = 1");
    Files.writeString(f, "name: t\nentities:\n  corenlp:\n    annotators: tokenize,ssplit,ner\n");
    assertThatThrownBy(() -> PipelineConfig.load(f)).hasMessageContaining("entities.corenlp.annotators: expected only ner.* properties");
  }

  @Test
  void entitiesNeedsTokenizeBeforeIt() throws IOException {
    Path f = dir.resolve("p.yaml");
    Files.writeString(f, "name: t\nstages: [language, entities]\n");
    assertThatThrownBy(() -> PipelineConfig.load(f)).hasMessageContaining("stage 'entities' needs 'tokenize' listed before it");
  }
}
