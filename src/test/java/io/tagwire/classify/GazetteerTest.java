package io.tagwire.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.tagwire.config.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final String HEADER = "name\tcountry\tkind\tprior\tcontext";

  private static Gazetteer parse(String... rows) {
    List<String> lines = new java.util.ArrayList<>(List.of("# comment", HEADER));
    lines.addAll(List.of(rows));
    return Gazetteer.parse("g.tsv", lines);
  }

  @Test
  void lookupIsCaseAndAccentInsensitive() {
    Gazetteer g = parse("Côte d'Ivoire\tCI\tcountry\t\t");

    assertThat(g.lookup("COTE D’IVOIRE").name()).isEqualTo("Côte d'Ivoire");
    assertThat(g.lookup("cote divoire")).isNull();
  }

  @Test
  void rowsOfOneNameAndCountryAreOneReadingWithPriorsAdded() {
    Gazetteer g = parse(
        "Washington\tUS\tcapital\t0.85\tWhite House,Congress",
        "Washington\tUS\tsubdivision\t0.15\tSeattle");

    Gazetteer.Entry e = g.lookup("Washington");
    assertThat(e.readings()).hasSize(1);
    assertThat(e.readings().get(0).prior()).isCloseTo(1.0, within(1e-9));
    assertThat(e.nonPlace()).isCloseTo(0.0, within(1e-9));
    assertThat(e.ambiguous()).isFalse();
    assertThat(e.readings().get(0).cues()).extracting(Gazetteer.Cue::key).containsExactly("congress", "seattle", "white house");
  }

  @Test
  void whatPriorsLeaveToOneIsTheChanceOfNotBeingAPlace() {
    Gazetteer g = parse("Jordan\tJO\tcountry\t0.9\tAmman");

    Gazetteer.Entry e = g.lookup("jordan");
    assertThat(e.ambiguous()).isTrue();
    assertThat(e.nonPlace()).isCloseTo(0.1, within(1e-9));
  }

  @Test
  void areasSpanningCountriesKeepEveryCode() {
    Gazetteer g = parse("Kashmir\tIN|PK\tarea\t\t");

    assertThat(g.lookup("Kashmir").readings().get(0).countries()).containsExactly("IN", "PK");
  }

  @Test
  void dashMarksAPhraseThatOnlyBlocksItsParts() {
    Gazetteer g = parse("Indian Ocean\t-\tarea\t\t", "Indian\tIN\tdemonym\t\t");

    assertThat(g.lookup("Indian Ocean").blocksOnly()).isTrue();
    assertThat(g.isPrefix("indian")).isTrue();
  }

  @Test
  void severalReadingsWithoutPriorsNameTheLine() {
    assertThatThrownBy(() -> parse("Tripoli\tLY\tcapital\t0.85\t", "Tripoli\tLB\tcity\t\t"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("g.tsv:4")
        .hasMessageContaining("field 'prior'")
        .hasMessageContaining("Tripoli");
  }

  @Test
  void badCountryCodeNamesFileLineAndField() {
    assertThatThrownBy(() -> parse("Gaza\tPSE\tarea\t\t"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("g.tsv:3: field 'country': expected ISO 3166-1 alpha-2 codes")
        .hasMessageContaining("'PSE'");
  }

  @Test
  void badKindAndPriorAreReported() {
    assertThatThrownBy(() -> parse("Gaza\tPS\tregion\t\t"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("field 'kind': expected one of country, alias");
    assertThatThrownBy(() -> parse("Gaza\tPS\tarea\t1.5\t"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("field 'prior': expected a number in [0, 1]");
  }

  @Test
  void missingHeaderIsReported() {
    assertThatThrownBy(() -> Gazetteer.parse("g.tsv", List.of("Gaza\tPS\tarea\t\t")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("g.tsv:1: expected the header");
  }

  @Test
  void shippedRegionMapCoversTheTestGazetteer() {
    RegionModel m = new RegionModel(Gazetteer.load(java.nio.file.Path.of("src/test/resources/regions/gazetteer.tsv")),
        RegionMap.load(java.nio.file.Path.of("models/regions/region-map.tsv")));

    assertThat(m.gazetteer().lookup("Gaza City").readings().get(0).countries()).containsExactly("PS");
  }

  @Test
  void countryMissingFromTheMapIsAnError() {
    Gazetteer g = parse("Atlantis\tQQ\tcountry\t\t");
    RegionMap map = RegionMap.parse("m.tsv", List.of("country\tname\tregions", "US\tUnited States\tUS & Canada"));

    assertThatThrownBy(() -> new RegionModel(g, map))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("g.tsv:3: field 'country': 'QQ'")
        .hasMessageContaining("not in the region map m.tsv");
  }
}
