package io.tagwire.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagTextTest {
  @Test
  void keysIgnoreCaseAccentsPluralsAndPossessives() {
    assertThat(TagText.key("Data centres")).isEqualTo(TagText.key("DATA CENTRE"));
    assertThat(TagText.key("Côte d’Ivoire")).isEqualTo(TagText.key("cote d'Ivoire"));
    assertThat(TagText.key("São Paulo")).isEqualTo("sao paulo");
    assertThat(TagText.key("Microsoft's")).isEqualTo("microsoft");
    assertThat(TagText.key("Houthis")).isEqualTo(TagText.key("Houthi"));
    assertThat(TagText.key("Refugee camps")).isEqualTo("refugee camp");
    assertThat(TagText.key("Mass")).isEqualTo("mass");
  }

  @Test
  void legalFormsCollapseButDescriptiveWordsStay() {
    assertThat(TagText.collapseKey("Microsoft Corp.")).isEqualTo(TagText.collapseKey("Microsoft"));
    assertThat(TagText.collapseKey("Samsung Electronics Co. Ltd")).isEqualTo(TagText.collapseKey("Samsung Electronics"));
    assertThat(TagText.collapseKey("Gaza Strip")).isNotEqualTo(TagText.collapseKey("Gaza"));
    assertThat(TagText.collapseKey("Tata Group")).isNotEqualTo(TagText.collapseKey("Tata"));
  }

  @Test
  void piecesKeepOffsetsIntoTheText() {
    String text = "The IOF’s raid on Nur Shams";
    var pieces = TagText.pieces(text);
    assertThat(pieces).extracting(TagText.Piece::key).containsExactly("the", "iof", "raid", "on", "nur", "sham");
    assertThat(pieces.get(1).begin()).isEqualTo(4);
    assertThat(pieces.get(1).end()).isEqualTo(7);
    assertThat(pieces.get(1).upperCase()).isTrue();
    assertThat(pieces.get(4).capitalised()).isTrue();
  }

  @Test
  void acronymsAreShortAllCapitalNames() {
    assertThat(TagText.isAcronym("IOF")).isTrue();
    assertThat(TagText.isAcronym("U.S.")).isTrue();
    assertThat(TagText.isAcronym("Hamas")).isFalse();
    assertThat(TagText.isAcronym("A")).isFalse();
  }
}
