package io.tagwire.nlp;

import io.tagwire.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * Conflicts are settled longest first, so the result does not depend on input order. Each
 * recogniser's own mentions do not overlap, which keeps this O(n log n) even on a corrupt feed of
 * thousands of mentions.
 */
public final class MentionMerger {
  private MentionMerger() {}

  public static List<NameMention> merge(String text, List<NameMention> corenlp, List<NameMention> dictionary) {
    List<NameMention> names = new ArrayList<>(dictionary);
    names.sort(Comparator.comparingInt(NameMention::begin));
    List<NameMention> model = new ArrayList<>(corenlp.size());
    for (NameMention c : corenlp) {
      List<NameMention> inside = within(names, c);
      if (inside.size() >= 2 && tiles(text, c, inside)) {
        for (NameMention d : inside) {
          int i = java.util.Collections.binarySearch(names, d, Comparator.comparingInt(NameMention::begin));
          names.set(i, d.withSources(c.sources()));
        }
      } else {
        model.add(c);
      }
    }

    List<NameMention> candidates = new ArrayList<>(model);
    candidates.addAll(names);
    candidates.sort(Comparator.comparingInt(NameMention::length).reversed()
        .thenComparing(m -> m.sources().contains(NameMention.DICTIONARY) ? 0 : 1)
        .thenComparingInt(NameMention::begin));
    TreeMap<Integer, NameMention> accepted = new TreeMap<>();
    List<NameMention> rejected = new ArrayList<>();
    for (NameMention m : candidates) {
      if (overlapping(accepted, m).isEmpty()) {
        accepted.put(m.begin(), m);
      } else {
        rejected.add(m);
      }
    }

    // What each winner absorbed: sources always, a more specific type when the model said MISC.
    Map<Integer, NameMention> merged = new TreeMap<>(accepted);
    Map<Integer, NameMention> bestName = new TreeMap<>();
    for (NameMention r : rejected) {
      for (NameMention a : overlapping(accepted, r)) {
        merged.put(a.begin(), merged.get(a.begin()).withSources(r.sources()));
        NameMention best = bestName.get(a.begin());
        if (r.sources().contains(NameMention.DICTIONARY) && (best == null || r.length() > best.length()
            || (r.length() == best.length() && r.begin() < best.begin()))) {
          bestName.put(a.begin(), r);
        }
      }
    }
    List<NameMention> out = new ArrayList<>(merged.size());
    for (NameMention m : merged.values()) {
      NameMention best = bestName.get(m.begin());
      boolean modelOnly = !accepted.get(m.begin()).sources().contains(NameMention.DICTIONARY);
      out.add(modelOnly && m.type() == EntityType.MISC && best != null ? m.withType(best.type()) : m);
    }
    return out;
  }

  /** The accepted (non-overlapping, keyed by begin) mentions that overlap {@code m}. */
  private static List<NameMention> overlapping(TreeMap<Integer, NameMention> accepted, NameMention m) {
    List<NameMention> out = new ArrayList<>(1);
    Map.Entry<Integer, NameMention> before = accepted.lowerEntry(m.begin());
    if (before != null && before.getValue().overlaps(m)) {
      out.add(before.getValue());
    }
    for (NameMention a : accepted.subMap(m.begin(), true, m.end(), false).values()) {
      out.add(a);
    }
    return out;
  }

  /** The mentions of {@code sorted} (by begin, not overlapping) that lie inside {@code outer}. */
  private static List<NameMention> within(List<NameMention> sorted, NameMention outer) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).begin() < outer.begin()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<NameMention> out = new ArrayList<>();
    for (int i = lo; i < sorted.size() && sorted.get(i).begin() < outer.end(); i++) {
      if (outer.contains(sorted.get(i))) {
        out.add(sorted.get(i));
      }
    }
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
