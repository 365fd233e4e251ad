package io.tagwire.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tagwire.config.ConfigException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionMapTest {
  private static RegionMap parse(String... rows) {
    List<String> lines = new java.util.ArrayList<>(List.of("# comment", "country\tname\tregions"));
    lines.addAll(List.of(rows));
    return RegionMap.parse("m.tsv", lines);
  }

  @Test
  void primaryFirstAndWeightedSecondaries() {
    RegionMap m = parse("EG\tEgypt\tMENA, Africa:0.3", "FR\tFrance\tEurope");

    assertThat(m.regionsOf("EG")).containsExactly(new RegionMap.Share("MENA", 1.0), new RegionMap.Share("Africa", 0.3));
    assertThat(m.regionsOf("FR")).containsExactly(new RegionMap.Share("Europe", 1.0));
    assertThat(m.regionsOf("XX")).isEmpty();
    assertThat(m.regions()).containsExactly("Africa", "Europe", "MENA");
  }

  @Test
  void shippedMapFilesIsraelAndPalestineUnderPalestine() {
    RegionMap m = RegionMap.load(Path.of("models/regions/region-map.tsv"));

    assertThat(m.regionsOf("IL")).extracting(RegionMap.Share::region).containsExactly("Palestine");
    assertThat(m.regionsOf("PS")).extracting(RegionMap.Share::region).containsExactly("Palestine");
    assertThat(m.regionsOf("LB")).extracting(RegionMap.Share::region).containsExactly("MENA");
    assertThat(m.regions()).containsExactly("Africa", "Asia", "Asia-Pacific", "Europe", "Latin America", "MENA",
        "Palestine", "US & Canada");
  }

  @Test
  void badWeightNamesLineAndField() {
    assertThatThrownBy(() -> parse("EG\tEgypt\tMENA, Africa:1.3"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("m.tsv:3: field 'regions': expected a weight in (0, 1]");
  }

  @Test
  void duplicateCountryAndBadCodeAreReported() {
    assertThatThrownBy(() -> parse("EG\tEgypt\tMENA", "EG\tEgypt\tAfrica"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("m.tsv:4: field 'country': EG is already mapped on line 3");
    assertThatThrownBy(() -> parse("egy\tEgypt\tMENA"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("expected an ISO 3166-1 alpha-2 code");
  }
}
