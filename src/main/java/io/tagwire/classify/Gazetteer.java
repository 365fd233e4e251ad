package io.tagwire.classify;

import io.tagwire.config.ConfigException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Place names, demonyms and landmarks with the countries they point to
 * ({@code models/regions/gazetteer.tsv}, documented in its README). Lookup is by
 * {@link PlaceNames#key}: case-, accent- and punctuation-insensitive.
 *
 * <p>File format: comment lines start with {@code #}; the first other line is the header
 * {@code name country kind prior context} (tab-separated). {@code country} is one ISO 3166-1
 * alpha-2 code or several joined by {@code |} (an area spanning countries), or {@code -} for a
 * phrase that is not a place and only stops its parts from matching ("Indian Ocean" is not India).
 * {@code prior} is given for ambiguous names only: the readings of one name sum to about 1, and
 * what is missing to 1 is the chance that the name is not a place at all (Jordan the person).
 * {@code context} lists cue words that support that reading when the article contains them.
 *
 * <p>Rows of one name and one set of countries are one reading (Washington the capital and
 * Washington the state are both the United States); their priors add up.
 */
public final class Gazetteer implements Serializable {
  static final List<String> HEADER = List.of("name", "country", "kind", "prior", "context");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  /** A cue word or phrase of a reading; acronym cues ("US", "DRC") match in capitals only. */
  public record Cue(String key, String casedKey, boolean acronym) implements Serializable {}

  /** One meaning of a name: the countries it points to, how likely it is, and its cues. */
  public record Reading(List<String> countries, PlaceKind kind, double prior, List<Cue> cues, int line)
      implements Serializable {}

  /**
   * A name with its readings. {@code nonPlace} is the chance it is not a place (0 for most names).
   * {@code acronym}: written only in capitals ("US"), so "us" in text is not it.
   */
  public record Entry(String key, String name, List<Reading> readings, double nonPlace, boolean acronym)
      implements Serializable {
    /** More than one reading, or a chance of not being a place: needs context to resolve. */
    public boolean ambiguous() {
      return readings.size() > 1 || nonPlace > 0;
    }

    /** A phrase listed only to stop its parts from matching. */
    public boolean blocksOnly() {
      return readings.isEmpty();
    }
  }

  private final String source;
  private final Map<String, Entry> entries;
  /** Every key that is the first words of a longer key, so the matcher knows when to keep reading. */
  private final Set<String> prefixes;
  private final int maxWords;

  private Gazetteer(String source, Map<String, Entry> entries) {
    this.source = source;
    this.entries = entries;
    this.prefixes = new HashSet<>();
    int max = 1;
    for (String key : entries.keySet()) {
      String[] words = key.split(" ");
      max = Math.max(max, words.length);
      StringBuilder p = new StringBuilder();
      for (int i = 0; i < words.length - 1; i++) {
        if (i > 0) {
          p.append(' ');
        }
        p.append(words[i]);
        prefixes.add(p.toString());
      }
    }
    this.maxWords = max;
  }

  public static Gazetteer load(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read gazetteer: " + e.getMessage(), e);
    }
    return parse(file.toString(), lines);
  }

  /** Parses gazetteer lines; {@code source} names the file in error messages. */
  public static Gazetteer parse(String source, List<String> lines) {
    Map<String, List<Row>> byKey = new LinkedHashMap<>();
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
      List<String> cols = new ArrayList<>(List.of(line.split("\t", -1)));
      if (!header) {
        if (!cols.stream().map(String::strip).toList().equals(HEADER)) {
          throw new ConfigException(source + ":" + lineNo + ": expected the header '" + String.join("<TAB>", HEADER)
              + "', got '" + line + "'");
        }
        header = true;
        continue;
      }
      if (cols.size() > HEADER.size()) {
        throw new ConfigException(source + ":" + lineNo + ": expected " + HEADER.size() + " tab-separated columns ("
            + String.join(", ", HEADER) + "), got " + cols.size());
      }
      while (cols.size() < HEADER.size()) {
        cols.add("");
      }
      Row row = row(source, lineNo, cols);
      String key = PlaceNames.key(row.name);
      if (key.isEmpty()) {
        throw new ConfigException(source + ":" + lineNo + ": field 'name': expected a name with letters or digits, got '"
            + row.name + "'");
      }
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
    if (!header) {
      throw new ConfigException(source + ": gazetteer is empty (expected the header '" + String.join("<TAB>", HEADER) + "')");
    }
    Map<String, Entry> entries = new HashMap<>();
    for (Map.Entry<String, List<Row>> e : byKey.entrySet()) {
      entries.put(e.getKey(), entry(source, e.getKey(), e.getValue()));
    }
    return new Gazetteer(source, Collections.unmodifiableMap(entries));
  }

  private record Row(String name, List<String> countries, PlaceKind kind, Double prior, List<String> context, int line) {}

  private static Row row(String source, int lineNo, List<String> cols) {
    String where = source + ":" + lineNo + ": ";
    String name = cols.get(0).strip();
    String country = cols.get(1).strip();
    List<String> countries = new ArrayList<>();
    if (!country.equals("-")) {
      for (String c : country.split("\\|", -1)) {
        String cc = c.strip();
        if (!COUNTRY.matcher(cc).matches()) {
          throw new ConfigException(where + "field 'country': expected ISO 3166-1 alpha-2 codes joined by '|' "
              + "(or '-' for a phrase that is not a place), got '" + country + "'");
        }
        if (!countries.contains(cc)) {
          countries.add(cc);
        }
      }
    }
    PlaceKind kind = PlaceKind.parse(cols.get(2).strip());
    if (kind == null) {
      List<String> kinds = new ArrayList<>();
      for (PlaceKind k : PlaceKind.values()) {
        kinds.add(k.key());
      }
      throw new ConfigException(where + "field 'kind': expected one of " + String.join(", ", kinds) + ", got '"
          + cols.get(2).strip() + "'");
    }
    Double prior = null;
    String p = cols.get(3).strip();
    if (!p.isEmpty()) {
      try {
        prior = Double.parseDouble(p);
      } catch (NumberFormatException ex) {
        prior = Double.NaN;
      }
      if (prior.isNaN() || prior < 0 || prior > 1) {
        throw new ConfigException(where + "field 'prior': expected a number in [0, 1] or nothing, got '" + p + "'");
      }
    }
    List<String> context = new ArrayList<>();
    for (String c : cols.get(4).split(",")) {
      if (!c.isBlank()) {
        context.add(c.strip());
      }
    }
    return new Row(name, countries, kind, prior, context, lineNo);
  }

  private static Entry entry(String source, String key, List<Row> rows) {
    // Rows with the same countries are one reading; the most place-like kind stands for them.
    Map<List<String>, List<Row>> byCountries = new LinkedHashMap<>();
    boolean acronym = true;
    for (Row r : rows) {
      byCountries.computeIfAbsent(r.countries, k -> new ArrayList<>()).add(r);
      acronym &= PlaceNames.isAcronym(r.name);
    }
    List<Row> blockers = byCountries.remove(List.<String>of());
    if (blockers != null && !byCountries.isEmpty()) {
      throw new ConfigException(source + ":" + blockers.get(0).line + ": name '" + blockers.get(0).name
          + "' is marked not a place ('-') but line " + rows.stream().filter(r -> !r.countries.isEmpty())
          .findFirst().orElseThrow().line + " gives it a country");
    }
    List<Reading> readings = new ArrayList<>();
    boolean anyMissing = false;
    for (List<Row> group : byCountries.values()) {
      PlaceKind kind = group.get(0).kind;
      Double prior = null;
      TreeSet<String> cues = new TreeSet<>();
      for (Row r : group) {
        if (kind == PlaceKind.DEMONYM && r.kind != PlaceKind.DEMONYM) {
          kind = r.kind;
        }
        if (r.prior != null) {
          prior = prior == null ? r.prior : prior + r.prior;
        }
        cues.addAll(r.context);
      }
      anyMissing |= prior == null;
      List<Cue> cueList = new ArrayList<>();
      for (String c : cues) {
        String k = PlaceNames.key(c);
        if (!k.isEmpty()) {
          cueList.add(new Cue(k, PlaceNames.casedKey(c), PlaceNames.isAcronym(c)));
        }
      }
      readings.add(new Reading(List.copyOf(group.get(0).countries), kind, prior == null ? Double.NaN : prior,
          List.copyOf(cueList), group.get(0).line));
    }
    double nonPlace;
    if (readings.isEmpty()) {
      nonPlace = 1.0;
    } else if (readings.size() == 1) {
      double p = readings.get(0).prior();
      double prior = Double.isNaN(p) ? 1.0 : Math.min(1.0, p);
      readings.set(0, withPrior(readings.get(0), prior));
      nonPlace = 1.0 - prior;
    } else {
      if (anyMissing) {
        Reading missing = readings.stream().filter(r -> Double.isNaN(r.prior())).findFirst().orElseThrow();
        throw new ConfigException(source + ":" + missing.line() + ": field 'prior': name '" + rows.get(0).name
            + "' has readings in " + readings.size() + " places (lines "
            + String.join(", ", readings.stream().map(r -> String.valueOf(r.line())).toList())
            + "), so each needs a prior; this one has none");
      }
      double sum = readings.stream().mapToDouble(Reading::prior).sum();
      // Priors summing a little over 1 are rounding; scale them so the non-place chance is 0.
      double scale = sum > 1.0 ? 1.0 / sum : 1.0;
      for (int i = 0; i < readings.size(); i++) {
        readings.set(i, withPrior(readings.get(i), readings.get(i).prior() * scale));
      }
      nonPlace = Math.max(0.0, 1.0 - sum * scale);
    }
    return new Entry(key, rows.get(0).name, List.copyOf(readings), nonPlace, acronym);
  }

  private static Reading withPrior(Reading r, double prior) {
    return new Reading(r.countries(), r.kind(), prior, r.cues(), r.line());
  }

  /** The entry for a key made by {@link PlaceNames#key}, or null. */
  public Entry get(String key) {
    return entries.get(key);
  }

  /** The entry for a name as written ("Côte d'Ivoire", "GAZA CITY"), or null. */
  public Entry lookup(String name) {
    return entries.get(PlaceNames.key(name));
  }

  /** True when some longer name starts with these words (a key). */
  public boolean isPrefix(String key) {
    return prefixes.contains(key);
  }

  public int maxWords() {
    return maxWords;
  }

  public int size() {
    return entries.size();
  }

  /** Every country code the gazetteer points to, sorted. */
  public TreeSet<String> countries() {
    TreeSet<String> out = new TreeSet<>();
    for (Entry e : entries.values()) {
      for (Reading r : e.readings()) {
        out.addAll(r.countries());
      }
    }
    return out;
  }

  /** Entries in key order (for checks against the region map; order matters for their messages). */
  public List<Entry> entriesSorted() {
    List<Entry> list = new ArrayList<>(entries.values());
    list.sort(java.util.Comparator.comparing(Entry::key));
    return list;
  }

  public String source() {
    return source;
  }
}
