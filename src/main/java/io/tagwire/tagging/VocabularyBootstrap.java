package io.tagwire.tagging;

import io.tagwire.model.Article;
import io.tagwire.model.EntityType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a first tag vocabulary from editor-tagged articles, for people to curate afterwards:
 * every editor tag becomes an entry, spelt as editors spell it most often, with
 * <ul>
 *   <li>a <b>type</b> guessed from, in order: the curated name lists ({@link NameLists}); how the
 *       tag appears in the articles tagged with it (inside a PERSON / ORGANIZATION / LOCATION
 *       mention of the CRF recogniser, or written in lower case, which makes it a topic); words of
 *       the tag itself ("Festival" → event, "River" → place, "Ministry" → organisation); else topic
 *       for a lower-case phrase and concept for a capitalised one;</li>
 *   <li><b>aliases</b> from the name lists (other names of the same canonical name) and from the
 *       articles ("Israeli occupation forces (IOF)" gives the alias IOF). An alias that would name
 *       two tags is dropped.</li>
 * </ul>
 * Deterministic: the same articles give the same file.
 */
public final class VocabularyBootstrap {
  /** "Long Form (ACR)": an acronym in brackets after the name it abbreviates. */
  private static final Pattern BRACKETED = Pattern.compile("\\(([A-Z][A-Za-z0-9&.\\-]{1,11})\\)");

  private final NameLists lists;
  private final MentionTagger tagger;

  public VocabularyBootstrap(NameLists lists, MentionTagger tagger) {
    this.lists = lists;
    this.tagger = tagger;
  }

  /** What was learnt about one tag, for the report. */
  public record Guess(String tag, TagType type, String evidence, int articles) {}

  public record Result(Vocabulary vocabulary, List<Guess> guesses) {}

  private static final class Stats {
    final Map<String, Integer> spellings = new TreeMap<>();
    final List<Article> articles = new ArrayList<>();
    final EnumMap<EntityType, Integer> nerVotes = new EnumMap<>(EntityType.class);
    int lowerCase;
    int capitalisedUnknown;
    final TreeSet<String> acronyms = new TreeSet<>();
  }

  public Result build(List<Article> articles) {
    Map<String, Stats> byKey = new TreeMap<>();
    for (Article a : articles) {
      for (String tag : a.tags()) {
        String key = TagText.key(tag);
        if (key.isEmpty()) {
          continue;
        }
        Stats s = byKey.computeIfAbsent(key, k -> new Stats());
        s.spellings.merge(tag.strip(), 1, Integer::sum);
        if (!s.articles.contains(a)) {
          s.articles.add(a);
        }
      }
    }
    for (Article a : articles) {
      if (a.tags().isEmpty()) {
        continue;
      }
      String text = a.titleOrEmpty() + "\n\n" + a.body();
      List<MentionTagger.Mention> mentions = tagger.mentions(text);
      for (String tag : new TreeSet<>(a.tags())) {
        Stats s = byKey.get(TagText.key(tag));
        if (s != null) {
          observe(tag, text, mentions, s);
        }
      }
    }
    List<VocabularyEntry> entries = new ArrayList<>();
    List<Guess> guesses = new ArrayList<>();
    for (Stats s : byKey.values()) {
      String tag = spelling(s.spellings);
      String[] evidence = new String[1];
      TagType type = decide(tag, s, evidence);
      TreeSet<String> aliases = new TreeSet<>(lists.aliases(tag));
      aliases.addAll(s.acronyms);
      entries.add(new VocabularyEntry(tag, type, new ArrayList<>(aliases), ""));
      guesses.add(new Guess(tag, type, evidence[0], s.articles.size()));
    }
    return new Result(Vocabulary.of(withoutClashes(entries)), guesses);
  }

  /** Counts how the text writes the tag: inside which kind of name, or in lower case. */
  private static void observe(String tag, String text, List<MentionTagger.Mention> mentions, Stats s) {
    VocabularyEntry probe = new VocabularyEntry(tag, TagType.TOPIC, List.of(), "");
    for (VocabularyMatcher.Match m : new VocabularyMatcher(Vocabulary.of(List.of(probe))).find(text)) {
      EntityType ner = coveringType(mentions, m.begin(), m.end());
      if (ner != null) {
        s.nerVotes.merge(ner, 1, Integer::sum);
      } else if (Character.isLowerCase(text.codePointAt(m.begin()))) {
        s.lowerCase++;
      } else if (!sentenceStart(text, m.begin())) {
        s.capitalisedUnknown++;
      }
      // "Israeli occupation forces (IOF)": the bracketed acronym names the tag
      Matcher acr = BRACKETED.matcher(text);
      acr.region(m.end(), Math.min(text.length(), m.end() + 16));
      if (acr.lookingAt() || skipSpace(text, m.end(), acr)) {
        String a = acr.group(1);
        // the acronym must start like the tag: "Kenya (RUPHA)" ends a longer name, it does not abbreviate Kenya
        if (TagText.isAcronym(a) && !TagText.key(a).equals(TagText.key(tag))
            && Character.toUpperCase(tag.strip().charAt(0)) == a.charAt(0)) {
          s.acronyms.add(a);
        }
      }
    }
  }

  /**
   * The recogniser's type for a stretch of text: the type whose mentions cover most of it, if they
   * cover at least half ("Malik Osei-Bonsu" may come out as two mentions).
   */
  static EntityType coveringType(List<MentionTagger.Mention> mentions, int begin, int end) {
    EnumMap<EntityType, Integer> covered = new EnumMap<>(EntityType.class);
    for (MentionTagger.Mention mention : mentions) {
      int overlap = Math.min(end, mention.end()) - Math.max(begin, mention.begin());
      if (overlap > 0) {
        covered.merge(mention.type(), overlap, Integer::sum);
      }
    }
    EntityType best = null;
    int most = 0;
    for (Map.Entry<EntityType, Integer> e : covered.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return most * 2 >= end - begin ? best : null;
  }

  private static boolean skipSpace(String text, int from, Matcher acr) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i == from || i >= text.length()) {
      return false;
    }
    acr.region(i, Math.min(text.length(), i + 16));
    return acr.lookingAt();
  }

  private static boolean sentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '\u201C'
        || text.charAt(i) == '\u2018' || text.charAt(i) == '\'')) {
      i--;
    }
    return i < 0 || ".!?\n:".indexOf(text.charAt(i)) >= 0;
  }

  private TagType decide(String tag, Stats s, String[] evidence) {
    EntityType listed = lists.type(tag);
    if (listed != null) {
      evidence[0] = "name lists: " + listed;
      return fromEntity(listed, tag);
    }
    TagType byWords = NameShape.typeOf(tag);
    if (byWords != null) {
      evidence[0] = "words of the tag";
      return byWords;
    }
    EntityType best = null;
    int bestVotes = 0;
    for (Map.Entry<EntityType, Integer> e : s.nerVotes.entrySet()) {
      if (e.getValue() > bestVotes) {
        best = e.getKey();
        bestVotes = e.getValue();
      }
    }
    if (best != null && bestVotes >= s.lowerCase) {
      evidence[0] = "recogniser: " + best + " in " + bestVotes + " of " + (bestVotes + s.lowerCase + s.capitalisedUnknown) + " mentions";
      return fromEntity(best, tag);
    }
    if (s.lowerCase > 0 && s.lowerCase >= s.capitalisedUnknown) {
      evidence[0] = "written in lower case " + s.lowerCase + " times";
      return TagType.TOPIC;
    }
    boolean capitalisedName = tag.strip().contains(" ") && NameShape.isCapitalisedName(tag);
    evidence[0] = capitalisedName || s.capitalisedUnknown > 0 ? "capitalised name, type unknown" : "no evidence";
    return capitalisedName || s.capitalisedUnknown > 0 ? TagType.CONCEPT : TagType.TOPIC;
  }

  private static TagType fromEntity(EntityType type, String tag) {
    return switch (type) {
      case PERSON -> TagType.PERSON;
      case LOCATION -> TagType.PLACE;
      case ORGANIZATION -> TagType.ORGANISATION;
      case MISC -> {
        TagType t = NameShape.typeOf(tag);
        yield t != null ? t : TagType.CONCEPT;
      }
    };
  }

  private static String spelling(Map<String, Integer> spellings) {
    String best = null;
    int n = -1;
    for (Map.Entry<String, Integer> e : spellings.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }

  /** Drops aliases that are another tag's name or that two tags claim. */
  static List<VocabularyEntry> withoutClashes(List<VocabularyEntry> entries) {
    Map<String, Integer> uses = new HashMap<>();
    Set<String> tagKeys = new TreeSet<>();
    for (VocabularyEntry e : entries) {
      tagKeys.add(TagText.key(e.tag()));
    }
    for (VocabularyEntry e : entries) {
      Set<String> own = new TreeSet<>();
      for (String a : e.aliases()) {
        own.add(TagText.key(a));
      }
      own.remove(TagText.key(e.tag()));
      own.forEach(k -> uses.merge(k, 1, Integer::sum));
    }
    List<VocabularyEntry> out = new ArrayList<>();
    for (VocabularyEntry e : entries) {
      String tagKey = TagText.key(e.tag());
      List<String> kept = new ArrayList<>();
      Set<String> seen = new TreeSet<>();
      for (String a : e.aliases()) {
        String k = TagText.key(a);
        if (!k.isEmpty() && !k.equals(tagKey) && !tagKeys.contains(k) && uses.get(k) == 1 && seen.add(k)) {
          kept.add(a);
        }
      }
      out.add(new VocabularyEntry(e.tag(), e.type(), kept, e.hints()));
    }
    return out;
  }
}
