package io.tagwire.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tagwire.config.ConfigException;
import io.tagwire.model.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CuratedListsTest {
  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  @Test
  void theShippedListsLoadAndAgree() {
    NameDictionary dictionary = NameDictionary.load(Path.of("models/ner/dictionary.tsv"));
    AliasTable aliases = AliasTable.load(Path.of("models/ner/aliases.tsv"), dictionary);
    Honorifics honorifics = Honorifics.load(Path.of("models/ner/honorifics.txt"));
    assertThat(dictionary.entries()).hasSizeGreaterThan(500);
    assertThat(aliases.canonical("IOF").name()).isEqualTo("Israeli occupation forces");
    assertThat(aliases.canonical("Houthis")).isEqualTo(new AliasTable.Canonical("Ansar Allah", EntityType.ORGANIZATION));
    assertThat(aliases.canonical("Gaza")).as("Gaza and Gaza Strip are separate tags").isNull();
    assertThat(honorifics.leadingTitleWords(List.of("Lt.", "Gen.", "Sheikh", "Ahmed", "Ali"))).isEqualTo(3);
    assertThat(honorifics.leadingTitleWords(List.of("Major"))).as("never everything").isZero();
  }

  @Test
  void aBadTypeNamesFileLineAndField() throws IOException {
    Path f = write("dictionary.tsv", "name\ttype\tcanonical\n# comment\nHamas\tORGANIZATION\t\nFatah\tPARTY\t\n");
    assertThatThrownBy(() -> NameDictionary.load(f)).isInstanceOf(ConfigException.class)
        .hasMessage(f + ":4: type: expected one of PERSON, ORGANIZATION, LOCATION, MISC, got 'PARTY'");
  }

  @Test
  void conflictingAliasesAreRejected() throws IOException {
    Path d = write("dictionary.tsv", "Houthis\tORGANIZATION\tAnsar Allah\nAnsar Allah\tORGANIZATION\t\n");
    Path a = write("aliases.tsv", "alias\tcanonical\ttype\nHouthis\tHouthi movement\tORGANIZATION\n");
    assertThatThrownBy(() -> AliasTable.load(a, NameDictionary.load(d))).isInstanceOf(ConfigException.class)
        .hasMessageContaining(a + ":2: alias 'Houthis' maps to 'Houthi movement'").hasMessageContaining(d + ":1");
  }

  @Test
  void aliasChainsAreRejected() throws IOException {
    Path a = write("aliases.tsv", "OECD\tOrganisation for Economic Co-operation and Development\tORGANIZATION\n"
        + "Organisation for Economic Co-operation and Development\tOECD\tORGANIZATION\n");
    assertThatThrownBy(() -> AliasTable.load(a, NameDictionary.EMPTY)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("is itself an alias");
  }
}
