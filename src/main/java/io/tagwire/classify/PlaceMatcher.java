package io.tagwire.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds gazetteer names in a text: longest match first ("Gaza City" before "Gaza", "South China
 * Sea" before "China"), with the capitalisation a name needs to be a name. A place name must start
 * with a capital ("Nice" the city, not "nice"); an acronym must be in capitals ("US", not "us"); a
 * name in capitals ("GAZA") only counts where the text around it is in capitals too (a headline,
 * "GAZA CITY"), because a lone capitalised word is usually an acronym ("NICE" the UK agency).
 */
public final class PlaceMatcher {
  /**
   * A gazetteer name found in a text, {@code [begin, end)} in UTF-16 code units.
   * {@code afterName}: a capitalised word inside the sentence comes right before it ("Michael
   * Jordan"); {@code beforeName}: one comes right after it ("Jordan Peterson", but also "Jordan
   * River"). Either way a name that may be a person may be part of one.
   */
  public record Match(Gazetteer.Entry entry, int begin, int end, boolean afterName, boolean beforeName) {
    public boolean nextToName() {
      return afterName || beforeName;
    }
  }

  private final Gazetteer gazetteer;

  public PlaceMatcher(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Matches in {@code words} starting at or after character offset {@code from}, in text order. */
  public List<Match> find(Words words, int from) {
    List<Match> out = new ArrayList<>();
    int n = words.size();
    int i = 0;
    while (i < n && words.get(i).begin() < from) {
      i++;
    }
    while (i < n) {
      Gazetteer.Entry best = null;
      int bestJ = -1;
      String k = null;
      for (int j = i; j < n && j - i < gazetteer.maxWords(); j++) {
        if (j > i && !words.joined(j - 1)) {
          break;
        }
        k = j == i ? words.get(j).key() : k + ' ' + words.get(j).key();
        Gazetteer.Entry e = gazetteer.get(k);
        if (e != null && caseFits(e, words, i, j)) {
          best = e;
          bestJ = j;
        }
        if (!gazetteer.isPrefix(k)) {
          break;
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      // A phrase listed as not a place ("Indian Ocean") is consumed so its parts do not match.
      if (!best.blocksOnly()) {
        out.add(new Match(best, words.get(i).begin(), words.get(bestJ).end(), afterName(words, i), beforeName(words, i, bestJ)));
      }
      i = bestJ + 1;
    }
    return out;
  }

  static boolean caseFits(Gazetteer.Entry e, Words words, int i, int j) {
    if (e.acronym()) {
      for (int k = i; k <= j; k++) {
        String c = words.get(k).cased();
        if (!c.equals(c.toUpperCase(Locale.ROOT))) {
          return false;
        }
      }
      return true;
    }
    Words.Word first = words.get(i);
    char initial = e.name().isEmpty() ? 'A' : e.name().charAt(0);
    if (Character.isDigit(first.cased().charAt(0))) {
      return true;
    }
    if (!first.capitalised() && Character.isUpperCase(initial)) {
      return false;
    }
    if (!first.allCaps()) {
      return true;
    }
    // In capitals: a name of several words in capitals ("GAZA CITY") is itself the context;
    // a single word needs a neighbour in capitals ("ISRAEL STRIKES GAZA").
    for (int k = i; k <= j; k++) {
      if (!words.get(k).allCaps() && words.get(k).key().chars().anyMatch(Character::isLetter)) {
        return false;
      }
    }
    if (j > i) {
      return true;
    }
    return (i > 0 && words.get(i - 1).allCaps()) || (j + 1 < words.size() && words.get(j + 1).allCaps());
  }

  /**
   * Capitalised words that open a sentence before a place name without being part of it
   * ("In Jordan", "Neighbouring Georgia"); any other capitalised word before a name, or one
   * inside a sentence, makes the pair look like one proper name ("Michael Jordan").
   */
  private static final Set<String> OPENERS = Set.of("a", "after", "against", "all", "also", "although", "an", "and",
      "around", "as", "at", "because", "before", "both", "but", "by", "central", "despite", "during", "east",
      "eastern", "even", "for", "from", "greater", "how", "if", "in", "inside", "into", "like", "many", "meanwhile",
      "most", "near", "neighbouring", "neighboring", "neither", "north", "northern", "not", "of", "on", "only", "or",
      "outside", "over", "rural", "since", "so", "some", "south", "southern", "the", "then", "this", "through",
      "throughout", "to", "under", "unlike", "until", "upper", "lower", "west", "western", "when", "where",
      "whether", "while", "why", "with", "within", "without", "yet");

  private static boolean afterName(Words words, int i) {
    if (words.get(i).allCaps() || i == 0) {
      return false;
    }
    Words.Word prev = words.get(i - 1);
    return words.spaced(i - 1) && prev.capitalised() && !prev.allCaps()
        && !(prev.sentenceStart() && OPENERS.contains(prev.key()));
  }

  private static boolean beforeName(Words words, int i, int j) {
    return !words.get(i).allCaps() && j + 1 < words.size() && words.spaced(j) && words.get(j + 1).capitalised()
        && !words.get(j + 1).allCaps();
  }
}
