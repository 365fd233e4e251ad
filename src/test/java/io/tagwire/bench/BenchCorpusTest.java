package io.tagwire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tagwire.config.EntitiesConfig;
import io.tagwire.model.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusTest {
  @TempDir
  Path tmp;

  @Test
  void keepsOnlyEnglishArticlesSortedById() throws IOException {
    List<ObjectNode> articles = BenchCorpus.englishArticles(List.of("sample-data/archive", "sample-data/bad"));

    assertThat(articles).hasSizeGreaterThan(150);
    assertThat(articles).extracting(a -> a.path("id").asText()).isSorted().doesNotHaveDuplicates();
    // The archive's non-English sample and the malformed lines do not make it in.
    Set<String> nonEnglish = new HashSet<>();
    for (String line : Files.readAllLines(Path.of("sample-data/archive/non-english.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        nonEnglish.add(Json.MAPPER.readTree(line).path("id").asText());
      }
    }
    assertThat(nonEnglish).isNotEmpty();
    assertThat(articles).extracting(a -> a.path("id").asText()).doesNotContainAnyElementsOf(nonEnglish);
  }

  @Test
  void repeatsArticlesWithDistinctIdsAndCountsTokensOnce() throws IOException {
    List<ObjectNode> articles = BenchCorpus.englishArticles(List.of("sample-data/tonight")).subList(0, 3);
    int count = 7;

    BenchCorpus corpus = BenchCorpus.write(articles, count, tmp.resolve("c.jsonl"),
        BareNerLoop.properties(EntitiesConfig.defaults()));

    List<String> lines = Files.readAllLines(corpus.file(), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(count);
    Set<String> ids = new HashSet<>();
    Set<String> titles = new HashSet<>();
    for (int i = 0; i < count; i++) {
      JsonNode a = Json.MAPPER.readTree(lines.get(i));
      ids.add(a.path("id").asText());
      titles.add(a.path("title").asText());
      assertThat(a.path("body").asText()).isEqualTo(articles.get(i % 3).path("body").asText()).isEqualTo(corpus.bodies().get(i));
    }
    assertThat(ids).hasSize(count).contains(articles.get(0).path("id").asText() + "-r2");
    assertThat(titles).as("no content cache serves a copy from its original").hasSize(count)
        .contains(articles.get(0).path("title").asText() + " (r2)");
    // CoreNLP tokens: more than whitespace words would suggest only by punctuation, never fewer.
    long words = corpus.bodies().stream().mapToLong(b -> b.split("\\s+").length).sum();
    assertThat(corpus.tokens()).isBetween(words, words * 3 / 2);
  }
}
