package io.tagwire.classify;

import io.tagwire.config.ConfigException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A newsroom's editorial regions: which regions each country is filed under
 * ({@code models/regions/region-map.tsv}; the pipeline file names it, so another newsroom uses its
 * own). The region labels are whatever the map uses; nothing in code lists them.
 *
 * <p>File format: comment lines start with {@code #}; the header is {@code country name regions}
 * (tab-separated); {@code regions} is a comma-separated list, primary first, and a secondary region
 * may carry a weight in (0, 1] ({@code MENA, Africa:0.3}): the share of the country's evidence it
 * gets. The primary region gets all of it unless it carries a weight too.
 */
public final class RegionMap implements Serializable {
  static final List<String> HEADER = List.of("country", "name", "regions");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  /** A region a country is filed under, with the share of the country's evidence it gets. */
  public record Share(String region, double weight) implements Serializable {}

  private final String source;
  private final Map<String, List<Share>> byCountry;
  private final Map<String, String> names;
  private final TreeSet<String> regions;

  private RegionMap(String source, Map<String, List<Share>> byCountry, Map<String, String> names) {
    this.source = source;
    this.byCountry = Collections.unmodifiableMap(byCountry);
    this.names = Collections.unmodifiableMap(names);
    this.regions = new TreeSet<>();
    byCountry.values().forEach(list -> list.forEach(s -> regions.add(s.region())));
  }

  public static RegionMap load(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read region map: " + e.getMessage(), e);
    }
    return parse(file.toString(), lines);
  }

  public static RegionMap parse(String source, List<String> lines) {
    Map<String, List<Share>> byCountry = new TreeMap<>();
    Map<String, String> names = new TreeMap<>();
    Map<String, Integer> lineOf = new TreeMap<>();
    boolean header = false;
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = lines.get(i);
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      String where = source + ":" + lineNo + ": ";
      if (!header) {
        if (!java.util.Arrays.stream(cols).map(String::strip).toList().equals(HEADER)) {
          throw new ConfigException(where + "expected the header '" + String.join("<TAB>", HEADER) + "', got '" + line + "'");
        }
        header = true;
        continue;
      }
      if (cols.length != HEADER.size()) {
        throw new ConfigException(where + "expected 3 tab-separated columns (country, name, regions), got " + cols.length);
      }
      String cc = cols[0].strip();
      if (!COUNTRY.matcher(cc).matches()) {
        throw new ConfigException(where + "field 'country': expected an ISO 3166-1 alpha-2 code (two capital letters), got '"
            + cc + "'");
      }
      if (lineOf.containsKey(cc)) {
        throw new ConfigException(where + "field 'country': " + cc + " is already mapped on line " + lineOf.get(cc));
      }
      lineOf.put(cc, lineNo);
      names.put(cc, cols[1].strip());
      byCountry.put(cc, shares(where, cols[2]));
    }
    if (byCountry.isEmpty()) {
      throw new ConfigException(source + ": region map has no countries (expected the header '"
          + String.join("<TAB>", HEADER) + "' and one line per country)");
    }
    return new RegionMap(source, byCountry, names);
  }

  private static List<Share> shares(String where, String field) {
    List<Share> out = new ArrayList<>();
    String[] parts = field.split(",");
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].strip();
      String label = part;
      double weight = 1.0;
      int colon = part.lastIndexOf(':');
      if (colon >= 0) {
        label = part.substring(0, colon).strip();
        String w = part.substring(colon + 1).strip();
        try {
          weight = Double.parseDouble(w);
        } catch (NumberFormatException e) {
          weight = Double.NaN;
        }
        if (!(weight > 0 && weight <= 1)) {
          throw new ConfigException(where + "field 'regions': expected a weight in (0, 1] after ':' in '" + part + "'");
        }
      }
      if (label.isEmpty()) {
        throw new ConfigException(where + "field 'regions': expected comma-separated region labels "
            + "(primary first, e.g. 'MENA, Africa:0.3'), got '" + field.strip() + "'");
      }
      for (Share s : out) {
        if (s.region().equals(label)) {
          throw new ConfigException(where + "field 'regions': region '" + label + "' is listed twice");
        }
      }
      out.add(new Share(label, weight));
    }
    return List.copyOf(out);
  }

  /** The regions of a country (primary first), or an empty list when the map does not have it. */
  public List<Share> regionsOf(String country) {
    return byCountry.getOrDefault(country, List.of());
  }

  public boolean contains(String country) {
    return byCountry.containsKey(country);
  }

  /** The country's name as the map gives it, for messages. */
  public String nameOf(String country) {
    return names.getOrDefault(country, country);
  }

  /** Every region label the map uses, sorted. */
  public TreeSet<String> regions() {
    return new TreeSet<>(regions);
  }

  public String source() {
    return source;
  }
}
