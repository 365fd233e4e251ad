package io.tagwire.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceMatcherTest {
  private final PlaceMatcher matcher = new PlaceMatcher(TestModels.model().gazetteer());

  private List<String> names(String text) {
    return matcher.find(Words.of(text), 0).stream().map(m -> m.entry().name()).toList();
  }

  private List<String> surfaces(String text) {
    return matcher.find(Words.of(text), 0).stream().map(m -> text.substring(m.begin(), m.end())).toList();
  }

  @Test
  void longestNameWins() {
    assertThat(names("Strikes on Gaza City and the Gaza Strip, not only Gaza.")).containsExactly("Gaza City", "Gaza Strip", "Gaza");
  }

  @Test
  void accentsApostrophesAndPossessivesMatch() {
    assertThat(names("Cote d’Ivoire's president met Ivory Coast fans.")).containsExactly("Côte d'Ivoire", "Ivory Coast");
    assertThat(surfaces("Lebanon’s army")).containsExactly("Lebanon");
    assertThat(names("Beirut's port and the U.S.-led talks")).containsExactly("Beirut", "U.S.");
  }

  @Test
  void acronymsOnlyInCapitals() {
    assertThat(names("The US said")).containsExactly("US");
    assertThat(names("He told us about it")).isEmpty();
  }

  @Test
  void placeNamesNeedACapital() {
    assertThat(names("It was a nice day in Nice.")).containsExactly("Nice");
    assertThat(names("a jordan of water")).isEmpty();
  }

  @Test
  void capitalsCountOnlyAmongCapitals() {
    assertThat(names("NICE guidance on drugs")).isEmpty();
    assertThat(names("ISRAEL STRIKES GAZA")).containsExactly("Israel", "Gaza");
    assertThat(names("Reporting from GAZA CITY today")).containsExactly("Gaza City");
  }

  @Test
  void namesDoNotRunAcrossCommasOrLines() {
    assertThat(names("Gaza, City officials")).containsExactly("Gaza");
    assertThat(names("Gaza\nCity")).containsExactly("Gaza");
  }

  @Test
  void aPhraseThatIsNotAPlaceHidesItsParts() {
    assertThat(names("Cyclones in the Indian Ocean; Indian officials said")).containsExactly("Indian");
  }

  @Test
  void namesNextToOtherCapitalisedWordsAreFlagged() {
    List<PlaceMatcher.Match> m = matcher.find(Words.of("Fans of Michael Jordan and of Jordan met. In Jordan River towns."), 0);
    assertThat(m).hasSize(3);
    assertThat(m.get(0).afterName()).isTrue();
    assertThat(m.get(1).nextToName()).isFalse();
    // "In" opens the sentence; "River" follows.
    assertThat(m.get(2).afterName()).isFalse();
    assertThat(m.get(2).beforeName()).isTrue();
  }

  @Test
  void scanStartsAtTheGivenOffset() {
    String text = "BEIRUT - Talks in Paris.";
    assertThat(matcher.find(Words.of(text), 8)).extracting(m -> m.entry().name()).containsExactly("Paris");
  }
}
