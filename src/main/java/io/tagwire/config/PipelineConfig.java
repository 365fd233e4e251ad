package io.tagwire.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A pipeline definition ({@code pipelines/*.yaml}): what to read, where to write, which stages run
 * in which order, and each stage's settings. Unknown keys and bad values fail when the file is
 * loaded, naming the file, the key and what was expected.
 */
public record PipelineConfig(
    String name,
    String description,
    List<String> input,
    String output,
    String archive,
    Double maxDeadLetterRatio,
    List<String> stages,
    LimitsConfig limits,
    LanguageConfig language,
    EntitiesConfig entities,
    TopicsConfig topics,
    RegionsConfig regions,
    TagsConfig tags,
    RelatedConfig related) implements java.io.Serializable {

  public PipelineConfig {
    input = input == null ? List.of() : List.copyOf(input);
    maxDeadLetterRatio = maxDeadLetterRatio == null ? 0.1 : maxDeadLetterRatio;
    stages = stages == null ? List.of("language", "tokenize") : List.copyOf(stages);
    limits = limits == null ? LimitsConfig.defaults() : limits;
    language = language == null ? LanguageConfig.defaults() : language;
    entities = entities == null ? EntitiesConfig.defaults() : entities;
    topics = topics == null ? TopicsConfig.defaults() : topics;
    regions = regions == null ? RegionsConfig.defaults() : regions;
    tags = tags == null ? TagsConfig.defaults() : tags;
    related = related == null ? RelatedConfig.defaults() : related;
  }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

  /** Loads and validates a pipeline file; every problem is a {@link ConfigException}. */
  public static PipelineConfig load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file + ": pipeline file not found");
    }
    PipelineConfig config;
    try {
      config = YAML.readValue(file.toFile(), PipelineConfig.class);
    } catch (UnrecognizedPropertyException e) {
      Set<String> known = e.getKnownPropertyIds().stream().map(Object::toString).collect(Collectors.toCollection(java.util.TreeSet::new));
      throw new ConfigException(file + lineOfKey(file, String.valueOf(e.getPropertyName())) + ": unknown key '" + path(e)
          + "' (known keys here: " + String.join(", ", known) + ")", e);
    } catch (JsonMappingException e) {
      throw new ConfigException(file + where(e) + ": bad value for '" + path(e) + "': " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read pipeline file: " + e.getMessage(), e);
    }
    if (config == null) {
      throw new ConfigException(file + ": pipeline file is empty");
    }
    config.validate(file.toString());
    return config;
  }

  /**
   * Records are deserialised after their whole mapping is read, so Jackson reports an unknown key
   * at the end of its block; the line people need is the key's own, found in the text.
   */
  private static String lineOfKey(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file);
      java.util.regex.Pattern p = java.util.regex.Pattern.compile("^\\s*(- )?" + java.util.regex.Pattern.quote(key) + "\\s*:");
      for (int i = 0; i < lines.size(); i++) {
        if (p.matcher(lines.get(i)).find()) {
          return ":" + (i + 1);
        }
      }
    } catch (IOException ignored) {
      // the message still names the key
    }
    return "";
  }

  private static String where(JsonMappingException e) {
    JsonLocation loc = e.getLocation();
    return loc == null || loc.getLineNr() < 1 ? "" : ":" + loc.getLineNr();
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  /** Checks values and the stage order; throws one {@link ConfigException} listing every problem. */
  public void validate(String file) {
    ConfigErrors errors = new ConfigErrors(file);
    errors.check(name != null && name.matches("[A-Za-z0-9._-]+"), "name", "a name of letters, digits, '.', '_' or '-'", name);
    errors.check(maxDeadLetterRatio >= 0 && maxDeadLetterRatio <= 1, "maxDeadLetterRatio", "a number in [0, 1]", maxDeadLetterRatio);
    checkStages(errors);
    limits.validate(errors);
    language.validate(errors);
    entities.validate(errors);
    topics.validate(errors);
    regions.validate(errors);
    tags.validate(errors);
    related.validate(errors);
    errors.throwIfAny();
  }

  private void checkStages(ConfigErrors errors) {
    Set<Stage> seen = new HashSet<>();
    List<String> known = new ArrayList<>();
    for (Stage s : Stage.values()) {
      known.add(s.key());
    }
    for (String key : stages) {
      Stage stage = Stage.parse(key);
      if (stage == null) {
        errors.add("stages", "unknown stage '" + key + "' (known: " + String.join(", ", known) + ")");
        continue;
      }
      if (!seen.add(stage)) {
        errors.add("stages", "stage '" + key + "' is listed twice");
      }
      for (Stage need : stage.requires()) {
        if (!seen.contains(need)) {
          errors.add("stages", "stage '" + key + "' needs '" + need.key() + "' listed before it");
        }
      }
    }
  }

  public boolean runs(Stage stage) {
    return stages.contains(stage.key());
  }

  public PipelineConfig withTopics(TopicsConfig t) {
    return new PipelineConfig(name, description, input, output, archive, maxDeadLetterRatio, stages, limits, language, entities, t, regions, tags, related);
  }

  public PipelineConfig withTags(TagsConfig t) {
    return new PipelineConfig(name, description, input, output, archive, maxDeadLetterRatio, stages, limits, language, entities, topics, regions, t, related);
  }

  public PipelineConfig withStages(List<String> s) {
    return new PipelineConfig(name, description, input, output, archive, maxDeadLetterRatio, s, limits, language, entities, topics, regions, tags, related);
  }
}
