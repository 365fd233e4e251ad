package io.tagwire.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges the mentions of CoreNLP and of the dictionary into one non-overlapping set: the conflict
 * rule of {@code models/ner/README.md}.
 * <ol>
 *   <li>A CoreNLP mention made of two or more dictionary names with only spaces between them
 *       ("Al Jazeera Hamas": the model ran two adjacent names together) gives way to those names.
 *   <li>Otherwise, of two overlapping mentions the longer wins, and on equal length the dictionary
 *       wins: a curated name is at least as trustworthy as the model's span and type
 *       ("Shin Bet" is an organisation, not a person).
 *   <li>A CoreNLP mention that wins keeps its type, unless it is MISC and an overlapping dictionary
 *       name says more ("Anthropic" found as MISC inside a longer span).
 *   <li>A winning mention lists every recogniser whose overlapping mention it absorbed, so an
 *       entity's sources say which recognisers found (part of) it.
 * </ol>
 * Conflicts are settled longest first, so the result does not depend on input order.
 */
public final class MentionMerger {
  private MentionMerger() {}

  public static List<NameMention> merge(String text, List<NameMention> corenlp, List<NameMention> dictionary) {
    List<NameMention> model = new ArrayList<>(corenlp);
    List<NameMention> names = new ArrayList<>(dictionary);
    Set<NameMention> tiled = new HashSet<>();
    for (NameMention c : corenlp) {
      List<NameMention> inside = names.stream().filter(c::contains).sorted(Comparator.comparingInt(NameMention::begin)).toList();
      if (inside.size() >= 2 && tiles(text, c, inside)) {
        tiled.add(c);
        for (NameMention d : inside) {
          names.set(names.indexOf(d), d.withSources(c.sources()));
        }
      }
    }
    model.removeAll(tiled);

    List<NameMention> candidates = new ArrayList<>(model);
    candidates.addAll(names);
    candidates.sort(Comparator.comparingInt(NameMention::length).reversed()
        .thenComparing(m -> m.sources().contains(NameMention.DICTIONARY) ? 0 : 1)
        .thenComparingInt(NameMention::begin));
    List<NameMention> accepted = new ArrayList<>();
    List<NameMention> rejected = new ArrayList<>();
    for (NameMention m : candidates) {
      if (accepted.stream().anyMatch(m::overlaps)) {
        rejected.add(m);
      } else {
        accepted.add(m);
      }
    }

    List<NameMention> out = new ArrayList<>(accepted.size());
    for (NameMention a : accepted) {
      NameMention merged = a;
      NameMention bestName = null;
      for (NameMention r : rejected) {
        if (!r.overlaps(a)) {
          continue;
        }
        merged = merged.withSources(r.sources());
        boolean fromDictionary = r.sources().contains(NameMention.DICTIONARY);
        if (fromDictionary && (bestName == null || r.length() > bestName.length())) {
          bestName = r;
        }
      }
      boolean modelOnly = !a.sources().contains(NameMention.DICTIONARY);
      if (modelOnly && a.type() == io.tagwire.model.EntityType.MISC && bestName != null) {
        merged = merged.withType(bestName.type());
      }
      out.add(merged);
    }
    out.sort(Comparator.comparingInt(NameMention::begin));
    return out;
  }

  private static boolean tiles(String text, NameMention outer, List<NameMention> parts) {
    if (parts.get(0).begin() != outer.begin() || parts.get(parts.size() - 1).end() != outer.end()) {
      return false;
    }
    for (int i = 1; i < parts.size(); i++) {
      int gapFrom = parts.get(i - 1).end();
      int gapTo = parts.get(i).begin();
      if (gapTo <= gapFrom || !text.substring(gapFrom, gapTo).isBlank()) {
        return false;
      }
    }
    return true;
  }
}
