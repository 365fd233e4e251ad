package io.tagwire.config;

import java.util.List;
import java.util.Locale;

/**
 * The enrichment stages a pipeline file may list, each with the stages it needs before it (the
 * way CoreNLP annotators declare requirements), so a pipeline file is checked before anything runs.
 */
public enum Stage {
  LANGUAGE(List.of()),
  TOKENIZE(List.of()),
  ENTITIES(List.of("tokenize")),
  TOPICS(List.of("tokenize")),
  REGIONS(List.of("entities")),
  TAGS(List.of("entities")),
  RELATED(List.of("entities"));

  private final List<String> requires;

  Stage(List<String> requires) {
    this.requires = requires;
  }

  public List<Stage> requires() {
    return requires.stream().map(Stage::parse).toList();
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Stage parse(String key) {
    for (Stage s : values()) {
      if (s.key().equals(key)) {
        return s;
      }
    }
    return null;
  }
}
