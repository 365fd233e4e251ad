package io.tagwire.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {
  @Test
  void keysIgnoreCaseAccentsAndPunctuation() {
    assertThat(PlaceNames.key("Côte d’Ivoire")).isEqualTo("cote d ivoire");
    assertThat(PlaceNames.key("COTE D'IVOIRE")).isEqualTo("cote d ivoire");
    assertThat(PlaceNames.key("  Guinea-Bissau ")).isEqualTo("guinea bissau");
    assertThat(PlaceNames.key("U.S.")).isEqualTo("u s");
    assertThat(PlaceNames.key("Łódź")).isEqualTo("lodz");
    assertThat(PlaceNames.key("Diyarbakır")).isEqualTo("diyarbakir");
  }

  @Test
  void casedKeyKeepsCaseForAcronyms() {
    assertThat(PlaceNames.casedKey("U.S.")).isEqualTo("U S");
    assertThat(PlaceNames.casedKey("us")).isEqualTo("us");
  }

  @Test
  void acronymsAreAllCapitals() {
    assertThat(PlaceNames.isAcronym("US")).isTrue();
    assertThat(PlaceNames.isAcronym("U.S.")).isTrue();
    assertThat(PlaceNames.isAcronym("DRC")).isTrue();
    assertThat(PlaceNames.isAcronym("DR Congo")).isFalse();
    assertThat(PlaceNames.isAcronym("Nice")).isFalse();
    assertThat(PlaceNames.isAcronym("A")).isFalse();
  }
}
