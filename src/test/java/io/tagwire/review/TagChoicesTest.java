package io.tagwire.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tagwire.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagChoicesTest {
  @TempDir
  Path tmp;

  @Test
  void vocabularyFirstThenTheRunsOwnTags() throws Exception {
    Path vocab = ReviewFixture.writeVocabulary(tmp);
    List<TagChoices.Choice> choices = TagChoices.of(vocab, ReviewFixture.articles());
    TagChoices.Choice cloud = choices.stream().filter(c -> c.tag().equals("Cloud computing")).findFirst().orElseThrow();
    assertThat(cloud.type()).isEqualTo("topic");
    assertThat(cloud.aliases()).containsExactly("cloud", "cloud services");
    // "Microsoft" is in both: the vocabulary entry wins (it has the alias).
    assertThat(choices.stream().filter(c -> c.tag().equalsIgnoreCase("microsoft")).toList())
        .singleElement().extracting(TagChoices.Choice::aliases).isEqualTo(List.of("MSFT"));
    assertThat(choices).extracting(TagChoices.Choice::tag).contains("Azure", "Humanitarian aid", "Climate change");
  }

  @Test
  void withoutAVocabularyTheRunsTagsAreOffered() {
    List<TagChoices.Choice> choices = TagChoices.of(tmp.resolve("missing.tsv"), ReviewFixture.articles());
    assertThat(choices).extracting(TagChoices.Choice::tag).contains("Microsoft", "Gaza", "Redmond").doesNotContain("Cloud computing");
  }

  @Test
  void aVocabularyWithoutTagColumnOrWithAnEmptyTagIsAnError() throws Exception {
    Path bad = tmp.resolve("bad.tsv");
    Files.writeString(bad, "name\ttype\nGaza\tplace\n");
    assertThatThrownBy(() -> TagChoices.of(bad, List.of())).isInstanceOf(ConfigException.class).hasMessageContaining("bad.tsv:1");
    Files.writeString(bad, "tag\ttype\taliases\thints\nGaza\tplace\t\t\n\tplace\t\t\n");
    assertThatThrownBy(() -> TagChoices.of(bad, List.of())).isInstanceOf(ConfigException.class).hasMessageContaining("bad.tsv:3: field 'tag'");
  }
}
