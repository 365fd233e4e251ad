package io.tagwire.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tagwire.config.EntitiesConfig;
import io.tagwire.model.Entity;
import io.tagwire.model.EntityType;
import io.tagwire.model.Json;
import io.tagwire.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The continuing Technology story of the sample data (Microsoft, Azure and Unit 8200's
 * surveillance data; articles tw-c-031..033, copied from sample-data/ into
 * src/test/resources/entities/): the entities an editor would tag come out on top, typed right,
 * with short names merged into the full ones.
 */
class SampleArticleEntitiesTest {
  private static final Map<String, JsonNode> ARTICLES = new HashMap<>();
  private static EntityRecognizer recognizer;

  @BeforeAll
  static void load() throws IOException {
    for (String line : Files.readAllLines(Path.of("src/test/resources/entities/azure-unit-8200.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode n = Json.MAPPER.readTree(line);
      ARTICLES.put(n.get("id").asText(), n);
    }
    recognizer = new EntityRecognizer(EntitiesConfig.defaults());
  }

  private static List<Entity> entities(String id) {
    JsonNode a = ARTICLES.get(id);
    SentenceTokenizer tokenizer = new SentenceTokenizer();
    String title = a.get("title").asText();
    String body = a.get("body").asText();
    List<Entity> entities = recognizer.entities(title, tokenizer.analyse(title), body, tokenizer.analyse(body));
    for (Entity e : entities) {
      for (Span s : e.spans()) {
        assertThat(e.aliases().contains(s.of(body)) || e.name().equals(s.of(body))).as("%s: %s", e.name(), s.of(body)).isTrue();
      }
    }
    return entities;
  }

  private static List<String> top(List<Entity> entities, int n) {
    return entities.stream().limit(n).map(Entity::name).toList();
  }

  private static Map<String, Entity> byName(List<Entity> entities) {
    return entities.stream().collect(Collectors.toMap(Entity::name, Function.identity()));
  }

  @Test
  void reviewStoryRanksMicrosoftAzureAndUnit8200AndMergesTheExecutives() {
    List<Entity> entities = entities("tw-c-033");
    Map<String, Entity> e = byName(entities);
    assertThat(entities.get(0).name()).isEqualTo("Microsoft");
    assertThat(e.get("Microsoft").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(top(entities, 3)).contains("Azure");
    assertThat(top(entities, 6)).contains("Unit 8200", "Gaza", "West Bank");
    assertThat(e.get("Unit 8200").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(e.get("Azure").type()).isEqualTo(EntityType.MISC);
    assertThat(e.get("West Bank").type()).isEqualTo(EntityType.LOCATION);

    // "Vice Chair and President Brad Smith ... Smith wrote"; "Chief Executive Satya Nadella"
    assertThat(e.get("Brad Smith").type()).isEqualTo(EntityType.PERSON);
    assertThat(e.get("Brad Smith").mentions()).isEqualTo(2);
    assertThat(e.get("Brad Smith").aliases()).containsExactly("Smith");
    assertThat(e.get("Satya Nadella").type()).isEqualTo(EntityType.PERSON);
    assertThat(e).doesNotContainKeys("Smith", "President Brad Smith", "Chief Executive Satya Nadella");
    assertThat(e.get("Sami Abu Zayyad").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void inquiryStoryUsesDefinedAcronymsAndDropsTheDatelineCredit() {
    List<Entity> entities = entities("tw-c-031");
    Map<String, Entity> e = byName(entities);
    assertThat(entities.get(0).name()).isEqualTo("Microsoft");
    assertThat(top(entities, 6)).contains("Unit 8200", "Ireland", "Netherlands");
    assertThat(e.get("Ireland").type()).isEqualTo(EntityType.LOCATION);
    assertThat(e.get("Data Protection Commission").aliases()).contains("DPC");
    assertThat(e.get("Data Protection Commission").mentions()).isEqualTo(3);
    assertThat(e.get("General Data Protection Regulation").aliases()).contains("GDPR");
    assertThat(e.get("The Hague").aliases()).contains("HAGUE");
    assertThat(e).doesNotContainKeys("Tagwire", "DPC", "HAGUE");
  }

  @Test
  void sitInStoryMergesTheOrganisersSurname() {
    List<Entity> entities = entities("tw-c-032");
    Map<String, Entity> e = byName(entities);
    assertThat(entities.get(0).name()).isEqualTo("Microsoft");
    assertThat(e.get("Leila Haddad").aliases()).containsExactly("Haddad");
    assertThat(e).doesNotContainKey("Haddad");
    assertThat(e.get("Satya Nadella").type()).isEqualTo(EntityType.PERSON);
  }
}
