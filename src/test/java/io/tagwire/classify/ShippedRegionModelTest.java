package io.tagwire.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.config.RegionsConfig;
import io.tagwire.model.Label;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped gazetteer and region map (models/regions/) on wire-style leads. */
class ShippedRegionModelTest {
  private static final RegionsConfig CONFIG = RegionsConfig.defaults();
  private final RegionModel model = RegionModel.load(CONFIG.gazetteer(), CONFIG.regionMap());
  private final RegionClassifier classifier = new RegionClassifier(model, CONFIG);

  private List<String> regions(String title, String body) {
    return classifier.classify(title, body, List.of()).stream().map(Label::label).toList();
  }

  @Test
  void everyCountryOfTheGazetteerIsInTheMap() {
    // RegionModel refuses a gazetteer naming a country the map lacks; loading is the check.
    assertThat(model.gazetteer().size()).isGreaterThan(3000);
    assertThat(model.regionMap().regions()).hasSize(8);
  }

  @Test
  void alternativeAndHistoricalSpellings() {
    assertThat(model.gazetteer().lookup("Kiev").readings().get(0).countries()).containsExactly("UA");
    assertThat(model.gazetteer().lookup("Kyiv").readings().get(0).countries()).containsExactly("UA");
    assertThat(model.gazetteer().lookup("Burma").readings().get(0).countries()).containsExactly("MM");
    assertThat(model.gazetteer().lookup("Cote d'Ivoire").readings().get(0).countries()).containsExactly("CI");
    assertThat(model.gazetteer().lookup("Ivory Coast").readings().get(0).countries()).containsExactly("CI");
  }

  @Test
  void palestineAndMena() {
    assertThat(regions("Raids widen in West Bank camps", "RAMALLAH, Oct 19 (Tagwire) - Forces demolished buildings "
        + "in the Tulkarm and Jenin refugee camps, Palestinian officials said.")).containsExactly("Palestine");
    assertThat(regions("Strikes across the south", "BEIRUT, Aug 15 (Tagwire) - Air strikes hit villages in southern "
        + "Lebanon overnight, Lebanese state media said.")).startsWith("MENA");
    assertThat(regions("Sahrawi refugees mark anniversary", "Sahrawi refugees in the camps near Tindouf marked the "
        + "anniversary on Saturday.")).startsWith("MENA");
  }

  @Test
  void washingtonDatelinesAreUsPolitics() {
    assertThat(regions("Senate passes stopgap bill", "WASHINGTON (Reuters) - The Senate passed a stopgap spending bill "
        + "on Saturday, averting a government shutdown hours before the deadline.")).containsExactly("US & Canada");
  }

  @Test
  void georgiaTheStateAndTheCountry() {
    assertThat(regions("Georgia governor signs election bill", "ATLANTA (AP) \u2014 Georgia Gov. Brian Kemp signed "
        + "an election bill into law on Thursday.")).containsExactly("US & Canada");
    assertThat(regions("Georgia's ruling party claims victory", "TBILISI, Oct 27 (Reuters) - Georgia's ruling "
        + "Georgian Dream party claimed victory in Sunday's parliamentary election.")).startsWith("Europe");
  }

  @Test
  void tripoliByItsNeighbours() {
    RegionClassifier.Analysis lebanon = classifier.analyse("Army deploys in Tripoli", "BEIRUT (Reuters) - The Lebanese "
        + "army deployed in the northern city of Tripoli on Sunday after clashes.", List.of());
    assertThat(lebanon.countries().get("LB")).isGreaterThan(10 * lebanon.countries().getOrDefault("LY", 0.0));

    RegionClassifier.Analysis libya = classifier.analyse("Clashes in Tripoli", "Clashes between armed groups in Tripoli "
        + "killed five people, Libya's health ministry said.", List.of());
    assertThat(libya.countries().get("LY")).isGreaterThan(10 * libya.countries().getOrDefault("LB", 0.0));
  }
}
