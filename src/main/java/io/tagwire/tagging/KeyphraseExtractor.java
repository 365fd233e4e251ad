package io.tagwire.tagging;

import io.tagwire.model.TextAnalysis;
import io.tagwire.nlp.PartOfSpeechModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.postag.POSTaggerME;

/**
 * Candidate keyphrases of one text: noun phrases found with OpenNLP's part-of-speech tagger and a
 * simple chunker, {@code (ADJ | NOUN | PROPN-run)* (NOUN | PROPN-run)}, from which every 1 to 3
 * unit sub-phrase that ends in a noun is a candidate ("mass surveillance", "cloud computing",
 * "satellite internet"). A run of proper nouns is one unit, so names are never cut ("Brad Smith",
 * not "Smith"). Which candidates matter is decided later against corpus document frequencies
 * ({@link TagScorer}); here only what cannot be a tag is dropped. Not thread-safe (one
 * {@code POSTaggerME} per instance).
 */
public final class KeyphraseExtractor {
  /** Longest sub-phrase, in units (a proper-noun run counts as one). */
  static final int MAX_UNITS = 3;
  /** Longest proper-noun run kept as one name. */
  static final int MAX_NAME_TOKENS = 8;

  /**
   * Lower-case words that join two proper-noun runs into one name ("Bank of England", "Church of
   * the Nativity", "Court of Arbitration for Sport"); "and" only inside an "of" name ("Department
   * of Environment and Natural Resources"), so "Israel and Hamas" stays two names.
   */
  private static final Set<String> NAME_JOINERS = Set.of("of", "for", "de", "del", "da", "do", "dos",
      "das", "di", "du", "des", "la", "al", "el");

  /** Adjectives that qualify rather than name a subject ("other countries", "last year"). */
  private static final Set<String> STOP_ADJECTIVES = Set.copyOf(java.util.Arrays.asList("other", "more", "most", "many", "much", "several", "few",
      "last", "first", "second", "third", "next", "previous", "past", "former", "new", "old", "such", "same", "own",
      "further", "recent", "major", "key", "top", "senior", "early", "late", "big", "large", "small", "high", "low",
      "total", "overall", "additional", "current", "main", "certain", "various", "possible", "likely", "least", "less",
      "long", "short", "final", "full", "whole", "entire", "little", "good", "bad", "best", "worst", "great", "only",
      "different", "similar", "general", "particular", "specific", "real", "true", "clear", "important", "significant",
      "strong", "weak", "latest", "initial", "annual", "daily", "weekly", "monthly", "average", "due", "able", "sure",
      "open", "close", "near", "far", "right", "left", "hard", "easy", "own", "nearly", "about", "around", "earlier",
      "later", "higher", "lower", "larger", "smaller", "bigger", "wider", "broader", "deputy", "acting", "chief"));

  /** Nouns too general to be a tag on their own; idf would push them down anyway, this saves the work. */
  private static final Set<String> GENERIC_NOUNS = Set.copyOf(java.util.Arrays.asList("year", "week", "month", "day", "time", "people", "percent",
      "cent", "official", "statement", "spokesperson", "spokesman", "spokeswoman", "thing", "way", "part", "number",
      "lot", "kind", "end", "start", "side", "area", "place", "point", "case", "fact", "issue", "matter", "person",
      "man", "woman", "member", "group", "plan", "report", "minute", "hour", "decade", "century", "today", "yesterday",
      "tomorrow", "morning", "evening", "night", "weekend", "home", "world", "country", "city", "level", "figure",
      "share", "rate", "amount", "total", "term", "move", "step", "effort", "use", "reason", "result", "change",
      "increase", "decrease", "rise", "fall", "interview", "telephone", "phone", "comment", "source", "director",
      "head", "chief", "deputy", "minister", "president", "spokesperson", "agency", "authority", "government",
      "official", "team", "company", "firm", "organisation", "organization", "question", "answer", "problem", "thing",
      "something", "anything", "everything", "nothing", "someone", "anyone", "everyone", "lot", "bit", "half", "third",
      "quarter", "dozen", "hundred", "thousand", "million", "billion", "trillion", "mr", "mrs", "ms", "dr"));

  /** Proper nouns that are calendar words, not subjects. */
  private static final Set<String> CALENDAR = Set.copyOf(java.util.Arrays.asList("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec"));

  /** One occurrence of a candidate phrase: its key, the text as written, its offsets, and whether it is a name. */
  public record Phrase(String key, String surface, int begin, int end, boolean proper) {}

  private enum Kind { ADJ, NOUN, PROPN }

  private record Unit(Kind kind, int begin, int end, String key) {}

  /** Whether word i (a joiner) links the proper-noun run before it to a proper noun after it. */
  private static boolean joinsName(String[] words, String[] tags, int i, Unit last) {
    String w = words[i];
    boolean and = w.equals("and") && last.key().contains(" of ");
    if (!NAME_JOINERS.contains(w) && !and) {
      return false;
    }
    int j = i + 1;
    if (j < words.length && words[j].equals("the") && !and) {
      j++;
    }
    return j < words.length && tags[j].startsWith("PROPN") && !words[j].isEmpty() && Character.isUpperCase(words[j].charAt(0))
        && !CALENDAR.contains(TagText.key(words[j]));
  }

  private final POSTaggerME tagger = new POSTaggerME(PartOfSpeechModel.get());
  private final Honorifics honorifics;

  public KeyphraseExtractor(Honorifics honorifics) {
    this.honorifics = honorifics;
  }

  /** All candidate phrase occurrences of a text, in text order. */
  public List<Phrase> extract(String text, TextAnalysis analysis) {
    List<Phrase> out = new ArrayList<>();
    if (text == null || analysis == null) {
      return out;
    }
    for (int s = 0; s < analysis.sentenceCount(); s++) {
      int from = analysis.sentenceStart(s);
      int to = analysis.sentenceEnd(s);
      if (to <= from) {
        continue;
      }
      String[] words = new String[to - from];
      for (int i = from; i < to; i++) {
        words[i - from] = text.substring(analysis.tokenBegins()[i], analysis.tokenEnds()[i]);
      }
      String[] tags = tagger.tag(words);
      correct(words, tags);
      List<Unit> chunk = new ArrayList<>();
      boolean joinNext = false;
      for (int i = 0; i < words.length; i++) {
        int b = analysis.tokenBegins()[from + i];
        int e = analysis.tokenEnds()[from + i];
        String tag = tags[i];
        boolean possessive = tag.contains("+PART") || words[i].endsWith("'s") || words[i].endsWith("\u2019s");
        Kind kind = kindOf(tag);
        List<TagText.Piece> pieces = TagText.pieces(text, b, e);
        Unit last = chunk.isEmpty() ? null : chunk.get(chunk.size() - 1);
        if (kind == null && last != null && last.kind() == Kind.PROPN
            && (joinNext && words[i].equals("the") || !joinNext && joinsName(words, tags, i, last))) {
          // "of" / "of the" between two capitalised runs: part of one name
          chunk.set(chunk.size() - 1, new Unit(Kind.PROPN, last.begin(), e, last.key() + " " + TagText.key(words[i])));
          joinNext = true;
          continue;
        }
        if (kind == null || pieces.isEmpty()) {
          emit(text, chunk, out);
          chunk.clear();
          joinNext = false;
          continue;
        }
        int end = pieces.get(pieces.size() - 1).end();
        String key = String.join(" ", pieces.stream().map(TagText.Piece::key).toList());
        if (kind == Kind.PROPN && last != null && last.kind() == Kind.PROPN && (joinNext || tokensIn(text, last) < MAX_NAME_TOKENS)) {
          chunk.set(chunk.size() - 1, new Unit(Kind.PROPN, last.begin(), end, last.key() + " " + key));
        } else {
          chunk.add(new Unit(kind, b, end, key));
        }
        joinNext = false;
        if (possessive) {
          emit(text, chunk, out);
          chunk.clear();
        }
      }
      emit(text, chunk, out);
    }
    return out;
  }

  /**
   * Fixes two tagger habits that break topic phrases: a gerund inside a compound ("cloud
   * computing", "money laundering") comes out as VERB; a capitalised word inside a sentence
   * ("Church of the Nativity") as NOUN.
   */
  static void correct(String[] words, String[] tags) {
    for (int i = 0; i < words.length; i++) {
      String base = tags[i].contains("+") ? tags[i].substring(0, tags[i].indexOf('+')) : tags[i];
      if (base.equals("VERB") && words[i].endsWith("ing") && i > 0 && tags[i - 1].startsWith("NOUN")
          && (i + 1 == words.length || tags[i + 1].matches("(NOUN|PROPN|PUNCT|CCONJ).*"))) {
        tags[i] = "NOUN";
      } else if (base.equals("NOUN") && i > 0 && !words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))
          && !words[i - 1].matches("[.!?:\"\u201C\u2018]")) {
        tags[i] = "PROPN" + tags[i].substring(base.length());
      }
    }
    // a capitalised adjective or noun before a capitalised name word starts that name
    // ("British Medical Association", "National Health Service", "Federal Reserve")
    for (int i = words.length - 2; i >= 0; i--) {
      String base = tags[i].contains("+") ? tags[i].substring(0, tags[i].indexOf('+')) : tags[i];
      if ((base.equals("ADJ") || base.equals("NOUN")) && !tags[i].contains("+") && capitalised(words[i])
          && tags[i + 1].startsWith("PROPN") && capitalised(words[i + 1])) {
        tags[i] = "PROPN";
      }
    }
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  private static int tokensIn(String text, Unit u) {
    return TagText.pieces(text, u.begin(), u.end()).size();
  }

  private static Kind kindOf(String tag) {
    String t = tag.contains("+") ? tag.substring(0, tag.indexOf('+')) : tag;
    return switch (t) {
      case "ADJ" -> Kind.ADJ;
      case "NOUN" -> Kind.NOUN;
      case "PROPN" -> Kind.PROPN;
      default -> null;
    };
  }

  private void emit(String text, List<Unit> chunk, List<Phrase> out) {
    for (int j = 0; j < chunk.size(); j++) {
      Unit head = chunk.get(j);
      if (head.kind() == Kind.ADJ) {
        continue;
      }
      // a name is a phrase on its own; words in front of it describe the person, not the topic
      int maxLen = head.kind() == Kind.PROPN ? 1 : MAX_UNITS;
      for (int len = 1; len <= maxLen && j - len + 1 >= 0; len++) {
        Unit first = chunk.get(j - len + 1);
        if (first.kind() == Kind.ADJ && STOP_ADJECTIVES.contains(first.key())) {
          break; // longer phrases would carry the qualifier inside them ("several new cases")
        }
        String key = keyOf(chunk, j - len + 1, j);
        if (!acceptable(key, head, len)) {
          continue;
        }
        int begin = first.begin();
        if (len == 1 && head.kind() == Kind.PROPN) {
          // "President Brad Smith" is Brad Smith; a title alone is no name
          begin = honorifics.nameStart(text, begin, head.end());
          if (begin >= head.end()) {
            continue;
          }
          key = TagText.key(text.substring(begin, head.end()));
        }
        out.add(new Phrase(key, text.substring(begin, head.end()), begin, head.end(), len == 1 && head.kind() == Kind.PROPN));
      }
    }
  }

  private static String keyOf(List<Unit> chunk, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i <= to; i++) {
      sb.append(i == from ? "" : " ").append(chunk.get(i).key());
    }
    return sb.toString();
  }

  private static boolean acceptable(String key, Unit head, int len) {
    if (key.length() < 3 || !key.chars().anyMatch(Character::isLetter)) {
      return false;
    }
    if (head.kind() == Kind.PROPN && CALENDAR.contains(head.key())) {
      return false; // "Monday", "October": dates, not subjects
    }
    return !(len == 1 && head.kind() == Kind.NOUN && GENERIC_NOUNS.contains(head.key()));
  }
}
