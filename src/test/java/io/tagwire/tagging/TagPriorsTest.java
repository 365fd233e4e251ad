package io.tagwire.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tagwire.config.ConfigException;
import io.tagwire.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagPriorsTest {
  @TempDir
  Path dir;

  private static Article article(String body, String... tags) {
    return new Article("x", "", body, null, null, null, null, null, null, List.of(), List.of(tags), null);
  }

  @Test
  void tagsEditorsUseWhereverTheyAreNamedRiseWordsInPassingFall() throws Exception {
    Vocabulary v = Vocabulary.of(List.of(new VocabularyEntry("Japan", TagType.PLACE, List.of(), ""),
        new VocabularyEntry("Schools", TagType.TOPIC, List.of(), "")));
    List<Article> articles = List.of(
        article("Japan's schools reopened.", "Japan"),
        article("Bears in Japan closed schools.", "Japan"),
        article("In Japan, schools and shops.", "Japan", "Schools"),
        article("Schools in Kenya.", "Kenya"));
    TagPriors p = TagPriors.count(v, articles);
    assertThat(p.shift("japan")).isGreaterThan(0);
    assertThat(p.shift("school")).isLessThan(0);
    assertThat(p.shift("kenya")).isZero();
    assertThat(p.describe("school")).isEqualTo("tagged in 1 of 4 earlier articles naming it");

    Path f = dir.resolve("priors.tsv");
    p.write(f);
    assertThat(Files.readAllLines(f)).containsExactly(TagPriors.HEADER, "Japan\t3\t3", "Schools\t4\t1");
    assertThat(TagPriors.load(f).shift("school")).isEqualTo(p.shift("school"));
    assertThat(TagPriors.load(dir.resolve("missing.tsv")).size()).isZero();
  }

  @Test
  void aBadLineNamesFileAndLine() throws Exception {
    Path f = dir.resolve("priors.tsv");
    Files.writeString(f, TagPriors.HEADER + "\nJapan\t3\t5\n");
    assertThatThrownBy(() -> TagPriors.load(f)).isInstanceOf(ConfigException.class).hasMessageContaining(f + ":2:");
  }
}
