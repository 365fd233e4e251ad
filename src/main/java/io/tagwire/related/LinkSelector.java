package io.tagwire.related;

import io.tagwire.model.RelatedLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses an article's related links from its scored candidates: never the article itself, never
 * a copy of it or its original, never an article that is itself a copy (links go to originals);
 * scores at least {@code minScore}; the {@code topK} best by score, then id.
 */
public final class LinkSelector {
  private LinkSelector() {}

  public static final Comparator<ScoredPair> ORDER =
      Comparator.comparingDouble(ScoredPair::score).reversed().thenComparing(ScoredPair::otherId);

  public static List<RelatedLink> select(String tonightId, List<ScoredPair> pairs, DuplicateDetector.Groups groups,
      int topK, double minScore) {
    // One entry per other id: an article re-sent on a later night may sit in two partitions;
    // tonight's copy, else the newest partition's, stands for it.
    Map<String, ScoredPair> byOther = new TreeMap<>();
    for (ScoredPair p : pairs) {
      byOther.merge(p.otherId(), p, LinkSelector::preferred);
    }
    List<ScoredPair> eligible = new ArrayList<>();
    for (ScoredPair p : byOther.values()) {
      if (p.otherId().equals(tonightId) || p.score() < minScore || p.verdict().duplicate()
          || groups.sameText(tonightId, p.otherId())
          || groups.originalOf(p.otherId()) != null
          || (p.otherArchived() && p.otherRecordedOriginal() != null)) {
        continue;
      }
      eligible.add(p);
    }
    eligible.sort(ORDER);
    List<RelatedLink> links = new ArrayList<>();
    for (ScoredPair p : eligible.subList(0, Math.min(topK, eligible.size()))) {
      links.add(new RelatedLink(p.otherId(), p.title(), p.url(), p.published(), p.score(), p.shared()));
    }
    return links;
  }

  private static ScoredPair preferred(ScoredPair x, ScoredPair y) {
    if (x.otherArchived() != y.otherArchived()) {
      return x.otherArchived() ? y : x;
    }
    String dx = x.otherRunDate() == null ? "" : x.otherRunDate();
    String dy = y.otherRunDate() == null ? "" : y.otherRunDate();
    return dx.compareTo(dy) >= 0 ? x : y;
  }
}
