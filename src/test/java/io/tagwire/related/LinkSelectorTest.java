package io.tagwire.related;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.model.RelatedLink;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkSelectorTest {
  private static final DuplicateDetector.Verdict NONE = new DuplicateDetector.Verdict(false, false, 0.1);
  private static final DuplicateDetector.Member T = new DuplicateDetector.Member("t", 0, false, null);

  private static ScoredPair pair(String other, double score, boolean archived, String recordedOriginal, DuplicateDetector.Verdict v) {
    return new ScoredPair("t", other, other + " title", "u/" + other, "2026-11-01", archived, archived ? "2026-11-01" : "2026-11-25",
        recordedOriginal, score, List.of("X"), v, T, new DuplicateDetector.Member(other, 0, archived, recordedOriginal));
  }

  @Test
  void topKAboveMinScoreByScoreThenIdWithoutCopies() {
    List<ScoredPair> pairs = List.of(
        pair("b", 0.5, true, null, NONE),
        pair("a", 0.5, true, null, NONE),
        pair("c", 0.7, false, null, NONE),
        pair("low", 0.1, true, null, NONE),
        pair("copy", 0.9, true, null, new DuplicateDetector.Verdict(false, true, 0.8)),
        pair("archivedCopy", 0.8, true, "zz", NONE),
        pair("t", 1.0, true, null, NONE),
        pair("d", 0.4, true, null, NONE));
    List<RelatedLink> links = LinkSelector.select("t", pairs, DuplicateDetector.Groups.NONE, 3, 0.15);
    assertThat(links).extracting(RelatedLink::id).containsExactly("c", "a", "b");
    assertThat(links.get(0).shared()).containsExactly("X");
  }

  @Test
  void copiesInTheSameGroupAndTonightsFlaggedCopiesAreNotOffered() {
    DuplicateDetector.Groups groups = DuplicateDetector.resolve(List.of(
        new DuplicateDetector.Edge(new DuplicateDetector.Member("t", 10, false, null), new DuplicateDetector.Member("o", 5, true, null)),
        new DuplicateDetector.Edge(new DuplicateDetector.Member("n2", 20, false, null), new DuplicateDetector.Member("n1", 15, false, null))));
    List<ScoredPair> pairs = List.of(pair("o", 0.6, true, null, NONE), pair("n2", 0.6, false, null, NONE),
        pair("n1", 0.5, false, null, NONE));
    assertThat(LinkSelector.select("t", pairs, groups, 5, 0.15)).extracting(RelatedLink::id).containsExactly("n1");
  }
}
