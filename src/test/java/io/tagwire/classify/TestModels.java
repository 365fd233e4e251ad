package io.tagwire.classify;

import io.tagwire.config.RegionsConfig;
import io.tagwire.model.Entity;
import io.tagwire.model.EntityType;
import io.tagwire.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The small test gazetteer with the shipped region map, and entities made by hand. */
final class TestModels {
  static final Path GAZETTEER = Path.of("src/test/resources/regions/gazetteer.tsv");
  static final Path REGION_MAP = Path.of("models/regions/region-map.tsv");

  private TestModels() {}

  static RegionModel model() {
    return RegionModel.load(GAZETTEER.toString(), REGION_MAP.toString());
  }

  static RegionClassifier classifier() {
    return new RegionClassifier(model(), RegionsConfig.defaults());
  }

  /** The shipped map with one line changed: Israel filed under MENA. */
  static RegionMap mapWithIsraelUnderMena() throws java.io.IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(REGION_MAP)) {
      lines.add(line.startsWith("IL\t") ? "IL\tIsrael\tMENA" : line);
    }
    return RegionMap.parse("changed-map.tsv", lines);
  }

  /** An entity of the body whose spans are every occurrence of {@code name} in the text. */
  static Entity entity(String name, EntityType type, double salience, String title, String body) {
    return new Entity(name, type, salience, count(body, name) + count(title, name), spans(body, name),
        spans(title, name), List.of(), List.of("test"), null);
  }

  private static int count(String text, String name) {
    return spans(text, name).size();
  }

  private static List<Span> spans(String text, String name) {
    List<Span> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      out.add(new Span(i, i + name.length()));
    }
    return out;
  }
}
