package io.tagwire.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tagwire.config.ConfigException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyTest {
  @TempDir
  Path dir;

  private Path file(String... lines) throws Exception {
    Path f = dir.resolve("vocabulary.tsv");
    Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void readsTheFileTheReviewPageReadsAndWritesItBackByteForByte() throws Exception {
    Path f = file(Vocabulary.HEADER,
        "Israeli occupation forces\torganisation\tIOF|Israeli Occupation Forces\t",
        "Gaza\tplace\t\tthe city and the wider area in everyday use",
        "Gaza Strip\tplace\t\t");
    Vocabulary v = Vocabulary.load(f);
    assertThat(v.size()).isEqualTo(3);
    assertThat(v.find("iof").tag()).isEqualTo("Israeli occupation forces");
    assertThat(v.find("GAZA STRIP").tag()).isEqualTo("Gaza Strip");
    assertThat(v.find("Gaza").hints()).startsWith("the city");
    Path out = dir.resolve("out.tsv");
    v.write(out);
    assertThat(Files.readAllLines(out)).containsExactly(Vocabulary.HEADER,
        "Gaza\tplace\t\tthe city and the wider area in everyday use",
        "Gaza Strip\tplace\t\t",
        "Israeli occupation forces\torganisation\tIOF|Israeli Occupation Forces\t");
    assertThat(Vocabulary.load(out).entries()).isEqualTo(v.entries());
  }

  @Test
  void aBadTypeNamesFileLineColumnAndTheChoices() throws Exception {
    Path f = file(Vocabulary.HEADER, "Gaza\tplace\t\t", "Microsoft\tcompany\t\t");
    assertThatThrownBy(() -> Vocabulary.load(f)).isInstanceOf(ConfigException.class)
        .hasMessageContaining(f + ":3:").hasMessageContaining("column 'type'")
        .hasMessageContaining("person|organisation|place|topic|concept|event|product").hasMessageContaining("'company'");
  }

  @Test
  void aNameOfTwoTagsIsRefusedWithBothLines() throws Exception {
    Path f = file(Vocabulary.HEADER, "Israel\tplace\t\t", "Israeli occupation forces\torganisation\tISRAEL\t");
    assertThatThrownBy(() -> Vocabulary.load(f)).isInstanceOf(ConfigException.class)
        .hasMessageContaining(f + ":3:").hasMessageContaining("already names tag 'Israel' on line 2");
  }

  @Test
  void aWrongHeaderOrMissingFileIsAConfigError() throws Exception {
    Path f = file("tag\ttype", "Gaza\tplace");
    assertThatThrownBy(() -> Vocabulary.load(f)).isInstanceOf(ConfigException.class).hasMessageContaining(":1: expected the header");
    assertThatThrownBy(() -> Vocabulary.load(dir.resolve("none.tsv"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("tagwire train tags");
  }

  @Test
  void addedEntriesJoinWithoutStealingOtherTagsNames() {
    Vocabulary v = Vocabulary.of(List.of(new VocabularyEntry("Israel", TagType.PLACE, List.of(), "")));
    Vocabulary more = v.plus(List.of(
        new VocabularyEntry("Brad Smith", TagType.PERSON, List.of("Microsoft's president"), ""),
        new VocabularyEntry("Israeli army", TagType.ORGANISATION, List.of("Israel"), ""),
        new VocabularyEntry("israel", TagType.TOPIC, List.of("State of Israel"), "")));
    assertThat(more.find("Microsoft's president").tag()).isEqualTo("Brad Smith");
    assertThat(more.find("Israeli army").aliases()).isEmpty();
    assertThat(more.find("State of Israel").tag()).isEqualTo("Israel");
    assertThat(more.find("Israel").type()).isEqualTo(TagType.PLACE);
  }
}
