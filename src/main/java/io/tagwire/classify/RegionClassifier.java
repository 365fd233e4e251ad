package io.tagwire.classify;

import io.tagwire.config.RegionsConfig;
import io.tagwire.model.Entity;
import io.tagwire.model.EntityType;
import io.tagwire.model.Label;
import io.tagwire.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Files an article under the regions of a {@link RegionMap} from the places it names (see
 * docs/regions.md for the formula and its measured quality).
 *
 * <ol>
 *   <li>Evidence: a leading {@link Dateline}; gazetteer names in the headline and body, each checked
 *       against the article's entities (a name inside a PERSON is dropped, one that is a LOCATION is
 *       confirmed, one inside an organisation counts half, one no entity covers counts
 *       {@code unconfirmedWeight}); and LOCATION entities (or landmark/demonym organisations) whose
 *       name or alias is in the gazetteer where the text scan did not find them.
 *   <li>Weight of a name: 2 if it is in the headline, 1 more if it is in the lead paragraph, plus
 *       log2(1 + its mentions in the body), each mention scaled by its confirmation and by
 *       0.5 + the salience of its entity; a demonym counts {@code demonymWeight} of that.
 *   <li>Ambiguous names (Georgia, Tripoli, Jordan) are resolved per article: each reading's prior is
 *       multiplied by 4 for every cue word of it that the article contains (at most 3) and by 4
 *       when the article names another, unambiguous place in its country; what the priors leave
 *       to 1 is the chance the name is not a place (reduced tenfold when NER marked it a location).
 *   <li>Countries pass their evidence to their regions with the map's weights; a region's score is
 *       its evidence over the best region's. Regions scoring at least {@code threshold} are given,
 *       best first, at most {@code maxLabels}; no place, no region.
 * </ol>
 * Thread-safe: holds only immutable models and settings.
 */
public final class RegionClassifier {
  static final double TITLE_WEIGHT = 2.0;
  static final double LEAD_WEIGHT = 1.0;
  /** The lead: the first paragraph (or sentence) after the dateline, at most this many characters. */
  static final int LEAD_CHARS = 400;
  static final int LEAD_MIN_CHARS = 60;
  static final double SALIENCE_BASE = 0.5;
  static final double PART_OF_NAME_WEIGHT = 0.5;
  static final double CUE_BOOST = 4.0;
  static final int MAX_CUES = 3;
  static final double SUPPORT_BOOST = 4.0;
  static final double LOCATION_NON_PLACE = 0.1;
  /** A name is listed as evidence of a region when it gave at least this share of the region's score. */
  static final double EVIDENCE_MIN_SHARE = 0.05;

  private final RegionModel model;
  private final RegionsConfig config;
  private final PlaceMatcher matcher;

  public RegionClassifier(RegionModel model, RegionsConfig config) {
    this.model = model;
    this.config = config;
    this.matcher = new PlaceMatcher(model.gazetteer());
  }

  /** What the classifier found: the labels and the evidence behind them, for reports and tests. */
  public record Analysis(List<Label> labels, Map<String, Double> countries, Map<String, Double> regions,
      Map<String, Double> names, Dateline dateline) {}

  public List<Label> classify(String title, String body, List<Entity> entities) {
    return analyse(title, body, entities).labels();
  }

  public Analysis analyse(String title, String body, List<Entity> entities) {
    String t = title == null ? "" : title;
    String b = body == null ? "" : body;

    // The dateline: a title-case one counts only when it names a known place (else it is prose).
    Dateline dateline = Dateline.parse(b);
    List<Gazetteer.Entry> datelinePlaces = dateline == null ? List.of() : datelineEntries(dateline);
    if (dateline != null && datelinePlaces.isEmpty() && !isCapitals(dateline)) {
      dateline = null;
    }
    int from = dateline == null ? 0 : dateline.end();
    Span datelineSpan = dateline == null ? null : new Span(dateline.begin(), dateline.end());
    int leadEnd = leadEnd(b, from);

    Map<String, NameEvidence> names = new TreeMap<>();
    boolean haveEntities = !entities.isEmpty();
    List<Found> found = new ArrayList<>(find(Words.of(t), 0, true, entityIndex(entities, true)));
    // The dateline counts once, as the dateline; lines before it (a byline) are scanned as text.
    for (Found f : find(Words.of(b), 0, false, entityIndex(entities, false))) {
      if (datelineSpan == null || !datelineSpan.overlaps(new Span(f.match.begin(), f.match.end()))) {
        found.add(f);
      }
    }
    collect(found, leadEnd, haveEntities, names);
    addEntitiesNotFound(entities, spans(found, true), spans(found, false), datelineSpan, leadEnd, names);

    List<Vote> votes = new ArrayList<>();
    for (NameEvidence n : names.values()) {
      if (n.weight() > 0) {
        votes.add(new Vote(n.entry, n.entry.name(), n.weight(), n.location));
      }
    }
    for (Gazetteer.Entry e : datelinePlaces) {
      votes.add(new Vote(e, e.name(), config.datelineWeight() / datelinePlaces.size(), true));
    }

    ArticleText text = new ArticleText(t + "\n" + b);
    Map<String, Double> countries = new TreeMap<>();
    Map<String, Map<String, Double>> byCountryName = new TreeMap<>();
    // Pass 1: unambiguous names; the countries they name support readings of ambiguous ones.
    Set<String> support = new HashSet<>();
    for (Vote v : votes) {
      if (!v.entry.ambiguous()) {
        Gazetteer.Reading r = v.entry.readings().get(0);
        give(v, r, 1.0, countries, byCountryName);
        support.addAll(r.countries());
      }
    }
    // Pass 2: ambiguous names, each reading by prior x cues x support.
    for (Vote v : votes) {
      if (v.entry.ambiguous()) {
        List<Gazetteer.Reading> readings = v.entry.readings();
        double[] s = new double[readings.size()];
        double total = v.entry.nonPlace() * (v.location ? LOCATION_NON_PLACE : 1.0);
        for (int i = 0; i < s.length; i++) {
          Gazetteer.Reading r = readings.get(i);
          int cues = 0;
          for (Gazetteer.Cue c : r.cues()) {
            if (cues < MAX_CUES && text.contains(c)) {
              cues++;
            }
          }
          boolean supported = r.countries().stream().anyMatch(support::contains);
          s[i] = r.prior() * Math.pow(CUE_BOOST, cues) * (supported ? SUPPORT_BOOST : 1.0);
          total += s[i];
        }
        for (int i = 0; i < s.length && total > 0; i++) {
          give(v, readings.get(i), s[i] / total, countries, byCountryName);
        }
      }
    }

    // Countries to regions.
    RegionMap map = model.regionMap();
    Map<String, Double> regions = new TreeMap<>();
    Map<String, Map<String, Double>> byRegionName = new TreeMap<>();
    for (Map.Entry<String, Double> c : countries.entrySet()) {
      for (RegionMap.Share share : map.regionsOf(c.getKey())) {
        regions.merge(share.region(), c.getValue() * share.weight(), Double::sum);
        Map<String, Double> to = byRegionName.computeIfAbsent(share.region(), k -> new TreeMap<>());
        byCountryName.getOrDefault(c.getKey(), Map.of()).forEach((name, w) -> to.merge(name, w * share.weight(), Double::sum));
      }
    }
    Map<String, Double> nameWeights = new TreeMap<>();
    for (Vote v : votes) {
      nameWeights.merge(v.display, v.weight, Double::sum);
    }
    return new Analysis(labels(regions, byRegionName), countries, regions, nameWeights, dateline);
  }

  private List<Label> labels(Map<String, Double> regions, Map<String, Map<String, Double>> byRegionName) {
    double top = regions.values().stream().mapToDouble(Double::doubleValue).max().orElse(0.0);
    if (top <= 0) {
      return List.of();
    }
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(regions.entrySet());
    ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<Label> out = new ArrayList<>();
    for (Map.Entry<String, Double> r : ranked) {
      double score = round(r.getValue() / top);
      if (score < config.threshold() || out.size() >= config.maxLabels()) {
        break;
      }
      List<String> evidence = new ArrayList<>();
      byRegionName.getOrDefault(r.getKey(), Map.of()).forEach((name, w) -> {
        if (w >= EVIDENCE_MIN_SHARE * r.getValue()) {
          evidence.add(name);
        }
      });
      evidence.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
      out.add(new Label(r.getKey(), score, List.copyOf(evidence)));
    }
    return List.copyOf(out);
  }

  private void give(Vote v, Gazetteer.Reading r, double p, Map<String, Double> countries,
      Map<String, Map<String, Double>> byCountryName) {
    double kindWeight = r.kind() == PlaceKind.DEMONYM ? config.demonymWeight() : 1.0;
    double each = v.weight * kindWeight * p / r.countries().size();
    if (each <= 0) {
      return;
    }
    for (String cc : r.countries()) {
      countries.merge(cc, each, Double::sum);
      byCountryName.computeIfAbsent(cc, k -> new TreeMap<>()).merge(v.display, each, Double::sum);
    }
  }

  private record Vote(Gazetteer.Entry entry, String display, double weight, boolean location) {}

  /** Evidence of one gazetteer name, gathered over its mentions. */
  private static final class NameEvidence {
    final Gazetteer.Entry entry;
    double title;
    double lead;
    double body;
    boolean location;

    NameEvidence(Gazetteer.Entry entry) {
      this.entry = entry;
    }

    void mention(boolean inTitle, boolean inLead, double factor, boolean isLocation) {
      if (factor <= 0) {
        return;
      }
      if (inTitle) {
        title = Math.max(title, factor);
      } else {
        body += factor;
        if (inLead) {
          lead = Math.max(lead, factor);
        }
      }
      location |= isLocation;
    }

    double weight() {
      return TITLE_WEIGHT * title + LEAD_WEIGHT * lead + Math.log1p(body) / Math.log(2);
    }
  }

  private record Covered(Span span, Entity entity) {}

  private static List<Covered> entityIndex(List<Entity> entities, boolean title) {
    List<Covered> out = new ArrayList<>();
    for (Entity e : entities) {
      for (Span s : title ? e.titleSpans() : e.spans()) {
        out.add(new Covered(s, e));
      }
    }
    return out;
  }

  /** A gazetteer name found in the headline or body, with the entity covering it (or null). */
  private record Found(PlaceMatcher.Match match, boolean inTitle, Covered cover) {}

  private List<Found> find(Words words, int from, boolean inTitle, List<Covered> covered) {
    List<Found> out = new ArrayList<>();
    for (PlaceMatcher.Match m : matcher.find(words, from)) {
      Covered best = null;
      int bestOverlap = 0;
      for (Covered c : covered) {
        int overlap = Math.min(c.span.end(), m.end()) - Math.max(c.span.begin(), m.begin());
        if (overlap > bestOverlap) {
          best = c;
          bestOverlap = overlap;
        }
      }
      out.add(new Found(m, inTitle, best));
    }
    return out;
  }

  /**
   * Adds the evidence of the names found. A name that need not be a place is dropped where a
   * capitalised word touches it ("Michael Jordan", "Jordan Peterson"); and when a first name comes
   * before it anywhere in the article ("Michael Jordan"), or an entity calls it a person, it is
   * that person everywhere no entity says otherwise (one sense per article: "Jordan scores 40" in
   * the headline of a Michael Jordan story is not the country). A following capitalised word
   * proves less ("Jordan River", "Jordan Foreign Minister") and drops only that mention.
   * Headline neighbours count for nothing: title case capitalises every word.
   */
  private void collect(List<Found> found, int leadEnd, boolean haveEntities, Map<String, NameEvidence> names) {
    Set<String> people = new HashSet<>();
    for (Found f : found) {
      boolean person = f.cover == null ? f.match.afterName() && !f.inTitle : f.cover.entity.type() == EntityType.PERSON;
      if (f.match.entry().nonPlace() > 0 && person) {
        people.add(f.match.entry().key());
      }
    }
    for (Found f : found) {
      PlaceMatcher.Match m = f.match;
      Gazetteer.Entry entry = m.entry();
      double factor;
      boolean location = false;
      if (f.cover == null) {
        // Not an entity: NER missed it, or it is a word inside a name NER did not see.
        if (entry.nonPlace() > 0 && (people.contains(entry.key()) || f.match.nextToName() && !f.inTitle)) {
          continue;
        }
        factor = haveEntities ? config.unconfirmedWeight() : 1.0;
      } else {
        Span span = new Span(m.begin(), m.end());
        Span cover = f.cover.span;
        boolean whole = span.begin() <= cover.begin() && span.end() >= cover.end();
        double salience = SALIENCE_BASE + Math.max(0.0, Math.min(1.0, f.cover.entity.salience()));
        EntityType type = f.cover.entity.type();
        if (type == EntityType.PERSON) {
          // "Paris Hilton", "Michael Jordan": not a place. A PERSON that is exactly a name that
          // cannot be a person is more likely a recogniser slip ("Kharkiv").
          if (!whole || entry.nonPlace() > 0) {
            continue;
          }
          factor = config.unconfirmedWeight() * salience;
        } else if (type == EntityType.LOCATION) {
          factor = salience;
          location = true;
        } else {
          factor = (whole ? 1.0 : PART_OF_NAME_WEIGHT) * salience;
        }
      }
      boolean inLead = !f.inTitle && m.begin() < leadEnd;
      names.computeIfAbsent(entry.key(), k -> new NameEvidence(entry)).mention(f.inTitle, inLead, factor, location);
    }
  }

  private static List<Span> spans(List<Found> found, boolean inTitle) {
    List<Span> out = new ArrayList<>();
    for (Found f : found) {
      if (f.inTitle == inTitle) {
        out.add(new Span(f.match.begin(), f.match.end()));
      }
    }
    return out;
  }

  /**
   * Entities at places the text scan did not match, whose name or an alias is in the gazetteer
   * ("GAZA" in capitals where the scan wants context; a name the gazetteer has under the entity's
   * canonical form). Only locations, and organisations or demonyms that the gazetteer lists as
   * landmarks or demonyms: an organisation merely named like a city ("NICE") is not that city.
   */
  private void addEntitiesNotFound(List<Entity> entities, List<Span> titleMatched, List<Span> bodyMatched,
      Span dateline, int leadEnd, Map<String, NameEvidence> names) {
    Gazetteer gaz = model.gazetteer();
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON) {
        continue;
      }
      Gazetteer.Entry entry = gaz.lookup(e.name());
      for (int i = 0; (entry == null || entry.blocksOnly()) && i < e.aliases().size(); i++) {
        entry = gaz.lookup(e.aliases().get(i));
      }
      if (entry == null || entry.blocksOnly()) {
        continue;
      }
      if (e.type() != EntityType.LOCATION && !entry.readings().stream()
          .allMatch(r -> r.kind() == PlaceKind.LANDMARK || r.kind() == PlaceKind.DEMONYM)) {
        continue;
      }
      double salience = SALIENCE_BASE + Math.max(0.0, Math.min(1.0, e.salience()));
      boolean location = e.type() == EntityType.LOCATION;
      Gazetteer.Entry found = entry;
      for (Span s : e.titleSpans()) {
        if (!overlapsAny(s, titleMatched)) {
          names.computeIfAbsent(found.key(), k -> new NameEvidence(found)).mention(true, false, salience, location);
        }
      }
      for (Span s : e.spans()) {
        if ((dateline == null || !dateline.overlaps(s)) && !overlapsAny(s, bodyMatched)) {
          names.computeIfAbsent(found.key(), k -> new NameEvidence(found)).mention(false, s.begin() < leadEnd, salience, location);
        }
      }
      if (e.spans().isEmpty() && e.titleSpans().isEmpty()) {
        // An entity without offsets (another recogniser, or made by hand): its counted mentions.
        for (int k = 0; k < Math.max(1, e.mentions()); k++) {
          names.computeIfAbsent(found.key(), x -> new NameEvidence(found)).mention(false, false, salience, location);
        }
      }
    }
  }

  private static boolean overlapsAny(Span s, List<Span> spans) {
    for (Span m : spans) {
      if (m.overlaps(s)) {
        return true;
      }
    }
    return false;
  }

  private List<Gazetteer.Entry> datelineEntries(Dateline d) {
    Gazetteer gaz = model.gazetteer();
    Gazetteer.Entry qualifier = d.qualifier() == null ? null : gaz.lookup(d.qualifier());
    if (qualifier != null && (qualifier.blocksOnly() || qualifier.ambiguous() && qualifier.nonPlace() > 0.5)) {
      qualifier = null;
    }
    String abbreviated = d.abbreviatedCountry();
    if (qualifier == null && abbreviated != null && model.regionMap().contains(abbreviated)) {
      // "SPRINGFIELD, Ill.": a state abbreviation stands for its country.
      qualifier = new Gazetteer.Entry(PlaceNames.key(d.qualifier()), d.qualifier(), List.of(new Gazetteer.Reading(
          List.of(abbreviated), PlaceKind.SUBDIVISION, 1.0, List.of(), 0)), 0.0, false);
    }
    List<Gazetteer.Entry> out = new ArrayList<>();
    for (String place : d.places()) {
      Gazetteer.Entry e = gaz.lookup(place);
      if (e != null && !e.blocksOnly() && qualifier != null) {
        // "ATHENS, Ga.": keep the readings in the qualifier's country; "KHERSON, Ukraine" (a place
        // the gazetteer lacks) falls back to the qualifier.
        e = restrict(e, qualifier);
      }
      if ((e == null || e.blocksOnly()) && qualifier != null) {
        e = qualifier;
      }
      if (e != null && !e.blocksOnly() && e.readings().stream().noneMatch(r -> r.kind() == PlaceKind.DEMONYM)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The readings of {@code e} in the qualifier's countries, as an unambiguous entry; null if none. */
  private static Gazetteer.Entry restrict(Gazetteer.Entry e, Gazetteer.Entry qualifier) {
    Set<String> allowed = new HashSet<>();
    qualifier.readings().forEach(r -> allowed.addAll(r.countries()));
    List<Gazetteer.Reading> kept = e.readings().stream()
        .filter(r -> r.countries().stream().anyMatch(allowed::contains)).toList();
    if (kept.isEmpty()) {
      return null;
    }
    if (kept.size() == e.readings().size() && e.nonPlace() == 0) {
      return e;
    }
    double sum = kept.stream().mapToDouble(Gazetteer.Reading::prior).sum();
    List<Gazetteer.Reading> scaled = kept.stream().map(r -> new Gazetteer.Reading(r.countries(), r.kind(),
        sum > 0 ? r.prior() / sum : 1.0 / kept.size(), r.cues(), r.line())).toList();
    return new Gazetteer.Entry(e.key(), e.name(), scaled, 0.0, e.acronym());
  }

  private static boolean isCapitals(Dateline d) {
    return d.places().stream().allMatch(p -> p.equals(p.toUpperCase(java.util.Locale.ROOT)));
  }

  /**
   * End of the lead: the first paragraph after the dateline; in text without paragraph breaks, its
   * first sentence of at least {@link #LEAD_MIN_CHARS}; never more than {@link #LEAD_CHARS}.
   */
  static int leadEnd(String body, int from) {
    int start = from;
    while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
      start++;
    }
    int para = body.indexOf("\n\n", start);
    int end = Math.min(para < 0 ? body.length() : para, start + LEAD_CHARS);
    for (int i = start + LEAD_MIN_CHARS; i + 2 < end; i++) {
      char c = body.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(body.charAt(i + 1))
          && (Character.isUpperCase(body.charAt(i + 2)) || body.charAt(i + 2) == '"' || body.charAt(i + 2) == '\u201C')) {
        return i + 1;
      }
    }
    return end;
  }

  static double round(double x) {
    return Math.round(x * 1000.0) / 1000.0;
  }

  /** The article's text in key form, for cue lookups (acronym cues in capitals only). */
  static final class ArticleText {
    private final String text;
    private String lower;
    private String cased;

    ArticleText(String text) {
      this.text = text;
    }

    /** Made on first use: most articles have no ambiguous name to resolve. */
    boolean contains(Gazetteer.Cue c) {
      if (c.acronym()) {
        if (cased == null) {
          cased = " " + PlaceNames.casedKey(text) + " ";
        }
        return cased.contains(" " + c.casedKey() + " ");
      }
      if (lower == null) {
        lower = " " + PlaceNames.key(text) + " ";
      }
      return lower.contains(" " + c.key() + " ");
    }
  }
}
