package io.tagwire.nlp;

import io.tagwire.model.EntityType;
import io.tagwire.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups the mentions of one article into canonical entities, so that "Satya Nadella", "Nadella"
 * and "Nadella’s" are one entity and "Brad Smith" is not also listed as "President Brad Smith".
 * In order:
 * <ol>
 *   <li><b>Clean</b> each mention: surrounding quotes and brackets, a possessive {@code ’s}, a
 *       compound ending ("Ramallah-based", "Hamas-run") and (for people) leading titles
 *       ("President", "Sheikh", "Dr.") are cut off its span, so the span highlights the name
 *       itself. A name that the curated lists know as a whole ("Sheikh Hasina") keeps its title.
 *       The agency credit of a dateline ("CAIRO (Reuters) -") is not a mention.
 *   <li><b>Acronyms the article defines</b> ("Israeli occupation forces (IOF)") make every
 *       occurrence of the acronym a mention of the defined name.
 *   <li><b>Alias table</b>: a known alias or variant takes its canonical name and curated type
 *       ("Houthis" is Ansar Allah, "U.S." is United States).
 *   <li><b>Group</b> mentions by canonical name; the entity's type is its mentions' majority type
 *       (ties: the curated type, then the first mention's), which also repairs a model that typed
 *       one of five "Trump" mentions as a place.
 *   <li><b>Capitals</b>: a name in capitals (a dateline's "HAGUE") joins the one entity written
 *       the same in mixed case ("The Hague").
 *   <li><b>Short names</b>: a one- or two-word person name that ends exactly one longer person
 *       name of the article joins it ("Nadella" to "Satya Nadella"); when it ends two ("Sanders":
 *       "Bernie Sanders", "Sarah Huckabee Sanders") it stays on its own.
 * </ol>
 * Names are the text with whitespace collapsed and curly quotes in ASCII; aliases are the other
 * surface forms seen, sorted.
 */
public final class EntityCanonicalizer {
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private static final String OPENERS = "\"'“‘«‹([{";
  private static final String CLOSERS = "\"'”’»›)]},;:";
  /** "Ramallah-based", "Hamas-run": the name before the hyphen is the entity. */
  private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern.compile(
      "(?i).*\\p{L}[.]?(-(based|born|bound|led|backed|run|owned|made|funded|controlled|brokered|aligned|affiliated|linked|allied|sponsored))");
  /** A dateline with an agency credit at the start of a body: "THE HAGUE, Nov 4 (Tagwire) - ". */
  private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
      "^\\s*\\p{Lu}[\\p{Lu}\\p{M} .'’-]*(?:,[^()\\n]{1,40}?)?\\s*\\(([^()\\n]{1,40})\\)\\s*[-–—]");

  private final AliasTable aliases;
  private final Honorifics honorifics;

  public EntityCanonicalizer(AliasTable aliases, Honorifics honorifics) {
    this.aliases = aliases;
    this.honorifics = honorifics;
  }

  /** One text of the article (title or body) with its mentions. */
  public record Text(String text, NerTokens tokens, List<NameMention> mentions, boolean isTitle) {}

  /** A canonical entity before scoring: spans into body and title, other surface forms, recognisers. */
  public record CanonicalEntity(String name, EntityType type, List<Span> spans, List<Span> titleSpans,
      SortedSet<String> aliases, SortedSet<String> sources) {
    public int mentionCount() {
      return spans.size() + titleSpans.size();
    }
  }

  /** A cleaned mention with its resolved canonical name. */
  private record Found(NameMention mention, boolean inTitle, String surface, String name, EntityType type,
      EntityType curated, int order) {}

  public List<CanonicalEntity> canonicalize(Text title, Text body) {
    List<Text> texts = List.of(title, body);
    Map<Text, List<NameMention>> cleaned = new LinkedHashMap<>();
    for (Text t : texts) {
      List<NameMention> list = new ArrayList<>();
      int[] credit = t.isTitle() ? null : datelineCredit(t.text());
      for (NameMention m : t.mentions()) {
        if (credit != null && m.begin() >= credit[0] && m.end() <= credit[1]) {
          continue;
        }
        NameMention c = clean(t.text(), m);
        if (c != null) {
          list.add(c);
        }
      }
      cleaned.put(t, list);
    }

    // Acronyms defined in the article, and the name each stands for.
    Map<String, NameMention> definers = new LinkedHashMap<>();
    Map<String, Text> definerText = new HashMap<>();
    for (Text t : List.of(body, title)) {
      for (NameMention m : cleaned.get(t)) {
        String acronym = AcronymDefinitions.definedAfter(t.text(), t.tokens(), m.begin(), m.end());
        if (acronym != null && !definers.containsKey(acronym) && !acronym.equals(surface(t.text(), m))) {
          definers.put(acronym, m);
          definerText.put(acronym, t);
        }
      }
    }
    for (Text t : texts) {
      if (!definers.isEmpty()) {
        cleaned.put(t, withAcronymMentions(t, cleaned.get(t), definers));
      }
    }

    // Canonical names.
    Map<String, Resolved> definedAs = new HashMap<>();
    for (Map.Entry<String, NameMention> d : definers.entrySet()) {
      Text t = definerText.get(d.getKey());
      definedAs.put(d.getKey(), resolve(surface(t.text(), d.getValue()), d.getValue().type()));
    }
    List<Found> found = new ArrayList<>();
    int order = 0;
    for (Text t : List.of(title, body)) {
      for (NameMention m : cleaned.get(t)) {
        String surface = surface(t.text(), m);
        Resolved r = definedAs.containsKey(surface) ? definedAs.get(surface) : resolve(surface, m.type());
        found.add(new Found(m, t.isTitle(), surface, r.name, r.type, r.curated, order++));
      }
    }

    // Group by name; majority type.
    Map<String, List<Found>> byName = new TreeMap<>();
    for (Found f : found) {
      byName.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
    }
    Map<String, EntityType> types = new HashMap<>();
    byName.forEach((name, list) -> types.put(name, majorityType(list)));

    // Names in capitals into the one entity spelt the same in mixed case.
    Map<String, List<String>> byLowerCase = new HashMap<>();
    for (String name : byName.keySet()) {
      byLowerCase.computeIfAbsent(name.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(name);
    }
    Map<String, String> mergeInto = new HashMap<>();
    for (String caps : byName.keySet()) {
      if (caps.codePoints().filter(Character::isLetter).count() < 4 || !caps.equals(caps.toUpperCase(java.util.Locale.ROOT))) {
        continue;
      }
      String lower = caps.toLowerCase(java.util.Locale.ROOT);
      List<String> same = new ArrayList<>();
      for (String key : List.of(lower, "the " + lower)) {
        for (String n : byLowerCase.getOrDefault(key, List.of())) {
          if (!n.equals(caps)) {
            same.add(n);
          }
        }
      }
      if (same.size() == 1) {
        mergeInto.put(caps, same.get(0));
      }
    }

    // Short person names into the one longer person name they end.
    Map<String, List<String>> bySuffix = new HashMap<>();
    for (String longName : byName.keySet()) {
      String[] lw = longName.split(" ");
      if (types.get(longName) != EntityType.PERSON || lw.length < 2) {
        continue;
      }
      for (int k = 1; k <= Math.min(2, lw.length - 1); k++) {
        bySuffix.computeIfAbsent(String.join(" ", Arrays.copyOfRange(lw, lw.length - k, lw.length)), x -> new ArrayList<>()).add(longName);
      }
    }
    for (String shortName : byName.keySet()) {
      if (types.get(shortName) != EntityType.PERSON || mergeInto.containsKey(shortName) || shortName.split(" ").length > 2) {
        continue;
      }
      List<String> longer = bySuffix.getOrDefault(shortName, List.of());
      if (longer.size() == 1) {
        mergeInto.put(shortName, longer.get(0));
      }
    }

    Map<String, List<Found>> groups = new TreeMap<>();
    byName.forEach((name, list) -> groups.computeIfAbsent(mergeInto.getOrDefault(name, name), k -> new ArrayList<>()).addAll(list));
    List<CanonicalEntity> out = new ArrayList<>();
    groups.forEach((name, list) -> {
      List<Span> spans = new ArrayList<>();
      List<Span> titleSpans = new ArrayList<>();
      SortedSet<String> surfaces = new TreeSet<>();
      SortedSet<String> sources = new TreeSet<>();
      for (Found f : list) {
        (f.inTitle() ? titleSpans : spans).add(new Span(f.mention().begin(), f.mention().end()));
        sources.addAll(f.mention().sources());
        if (!f.surface().equals(name)) {
          surfaces.add(f.surface());
        }
      }
      spans.sort(Comparator.naturalOrder());
      titleSpans.sort(Comparator.naturalOrder());
      out.add(new CanonicalEntity(name, types.get(name), spans, titleSpans, surfaces, sources));
    });
    return out;
  }

  private record Resolved(String name, EntityType type, EntityType curated) {}

  private Resolved resolve(String surface, EntityType modelType) {
    String key = AliasTable.key(surface);
    AliasTable.Canonical c = aliases.canonical(key);
    if (c != null) {
      return new Resolved(c.name(), c.type(), c.type());
    }
    EntityType curated = aliases.curatedType(key);
    return new Resolved(key, curated != null ? curated : modelType, curated);
  }

  private static EntityType majorityType(List<Found> list) {
    Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    for (Found f : list) {
      counts.merge(f.type(), 1, Integer::sum);
    }
    int best = counts.values().stream().max(Integer::compare).orElse(0);
    List<EntityType> tied = counts.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
    if (tied.size() == 1) {
      return tied.get(0);
    }
    for (Found f : list) {
      if (f.curated() != null && tied.contains(f.curated())) {
        return f.curated();
      }
    }
    return list.stream().filter(f -> tied.contains(f.type())).min(Comparator.comparingInt(Found::order)).orElseThrow().type();
  }

  /** The mention with quotes, brackets, a possessive and (for people) leading titles cut off; null if nothing is left. */
  NameMention clean(String text, NameMention m) {
    int b = m.begin();
    int e = m.end();
    boolean changed = true;
    while (changed && b < e) {
      changed = false;
      if (Character.isWhitespace(text.charAt(b)) || OPENERS.indexOf(text.charAt(b)) >= 0 || Character.isLowSurrogate(text.charAt(b))) {
        b++;
        changed = true;
      } else if (Character.isWhitespace(text.charAt(e - 1)) || Character.isHighSurrogate(text.charAt(e - 1))) {
        e--;
        changed = true;
      } else if (e - b > 2 && isApostrophe(text.charAt(e - 2)) && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')) {
        e -= 2;
        changed = true;
      } else if (CLOSERS.indexOf(text.charAt(e - 1)) >= 0) {
        e--;
        changed = true;
      }
    }
    if (b >= e || text.substring(b, e).codePoints().noneMatch(Character::isLetterOrDigit)) {
      return null;
    }
    EntityType type = m.type();
    java.util.regex.Matcher compound = COMPOUND.matcher(text.substring(b, e));
    if (compound.matches()) {
      e -= compound.group(1).length();
      String suffix = compound.group(2).toLowerCase(java.util.Locale.ROOT);
      if (suffix.equals("based") || suffix.equals("born") || suffix.equals("bound")) {
        type = EntityType.LOCATION;
      }
    }
    if (type == EntityType.PERSON && aliases.curatedType(text.substring(b, e)) == null) {
      List<Integer> starts = new ArrayList<>();
      List<String> words = new ArrayList<>();
      int i = b;
      while (i < e) {
        while (i < e && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < e && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (i > start) {
          starts.add(start);
          words.add(NerTokens.asciiQuotes(text.substring(start, i)));
        }
      }
      int titles = honorifics.leadingTitleWords(words);
      if (titles > 0) {
        b = starts.get(titles);
      }
    }
    return b == m.begin() && e == m.end() && type == m.type() ? m : new NameMention(b, e, type, m.sources());
  }

  /** The agency credit inside a dateline at the start of {@code body} ("Reuters" in "CAIRO (Reuters) -"), or null. */
  static int[] datelineCredit(String body) {
    java.util.regex.Matcher m = DATELINE.matcher(body);
    return m.find() ? new int[] {m.start(1), m.end(1)} : null;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static String surface(String text, NameMention m) {
    return WHITESPACE.matcher(text.substring(m.begin(), m.end()).strip()).replaceAll(" ");
  }

  /**
   * Adds a mention for every whole-token occurrence of a defined acronym that no mention covers,
   * and makes existing mentions of exactly the acronym keep their place (they are renamed later).
   */
  private static List<NameMention> withAcronymMentions(Text t, List<NameMention> mentions, Map<String, NameMention> definers) {
    List<NameMention> out = new ArrayList<>(mentions);
    List<NameMention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt(NameMention::begin));
    int[] begins = sorted.stream().mapToInt(NameMention::begin).toArray();
    NerTokens tokens = t.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      NameMention definer = definers.get(tokens.word(i));
      if (definer == null) {
        continue;
      }
      int b = tokens.begin(i);
      int e = tokens.end(i);
      // mentions do not overlap: only the last one starting before e can cover [b, e)
      int at = java.util.Arrays.binarySearch(begins, e);
      int last = (at >= 0 ? at : -at - 1) - 1;
      boolean covered = last >= 0 && sorted.get(last).end() > b;
      if (!covered) {
        out.add(new NameMention(b, e, definer.type(), NameMention.ACRONYM));
      }
    }
    out.sort(Comparator.comparingInt(NameMention::begin));
    return out;
  }
}
