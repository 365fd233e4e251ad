package io.tagwire.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {
  private static final String BODY = "Houthi authorities detained three more United Nations staff members in Sanaa on "
      + "Tuesday, the UN said, bringing to 59 the number of its personnel held by the group. The UN envoy called for "
      + "their immediate release and said the detentions had forced the agency to suspend some programmes in the north.";

  @Test
  void exactAndNearCopiesAreVerifiedOnShinglesNotOnTopicalOverlap() {
    ArticleSignature orig = Fixtures.signature(Fixtures.article("a9", "2026-11-12T08:05:00Z", "Houthis detain three more UN staff", BODY));
    ArticleSignature exact = Fixtures.signature(Fixtures.article("a9x", "2026-11-12T09:00:00Z", "Houthis detain three more UN staff", BODY));
    ArticleSignature near = Fixtures.signature(Fixtures.article("a10", "2026-11-12T14:30:00Z", "Houthis detain three more UN workers",
        BODY.replace("Tuesday", "Tuesday evening").replace("59", "fifty-nine")));
    ArticleSignature sameStory = Fixtures.signature(Fixtures.article("a11", "2026-11-25T11:30:00Z", "UN staff still held by Houthis",
        "The United Nations said on Wednesday that 59 of its staff remain detained by Houthi authorities in Sanaa, "
            + "and that talks on their release had stalled as the envoy left the region."));
    assertThat(DuplicateDetector.verify(orig, exact, 0.6).exact()).isTrue();
    DuplicateDetector.Verdict v = DuplicateDetector.verify(orig, near, 0.6);
    assertThat(v.near()).isTrue();
    assertThat(v.jaccard()).isBetween(0.6, 0.99);
    assertThat(DuplicateDetector.verify(orig, sameStory, 0.6).duplicate()).isFalse();
  }

  @Test
  void groupsNameTheirEarliestMemberRegardlessOfEdgeOrder() {
    var a = new DuplicateDetector.Member("a", 100, false, null);
    var b = new DuplicateDetector.Member("b", 50, false, null);
    var c = new DuplicateDetector.Member("c", 200, false, null);
    var d = new DuplicateDetector.Member("d", 10, false, null);
    var e = new DuplicateDetector.Member("e", 20, false, null);
    List<DuplicateDetector.Edge> edges = new ArrayList<>(List.of(
        new DuplicateDetector.Edge(a, b), new DuplicateDetector.Edge(c, a), new DuplicateDetector.Edge(d, e)));
    for (int i = 0; i < 4; i++) {
      Collections.rotate(edges, 1);
      DuplicateDetector.Groups g = DuplicateDetector.resolve(edges);
      assertThat(g.duplicateOf()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("a", "b", "c", "b", "e", "d"));
      assertThat(g.sameText("a", "c")).isTrue();
      assertThat(g.sameText("a", "d")).isFalse();
    }
  }

  @Test
  void anArchivedCopyPointsPastItselfToTheOriginalItWasFoundToCopy() {
    // tonight's t copies archived x, which an earlier night flagged as a copy of y (not among tonight's pairs)
    var t = new DuplicateDetector.Member("t", 300, false, null);
    var x = new DuplicateDetector.Member("x", 200, true, "y");
    DuplicateDetector.Groups g = DuplicateDetector.resolve(List.of(new DuplicateDetector.Edge(t, x)));
    assertThat(g.originalOf("t")).isEqualTo("y");
    assertThat(g.originalOf("x")).as("archive records are not re-flagged").isNull();
    assertThat(g.sameText("t", "y")).isTrue();
  }

  @Test
  void undatedCopiesCountAsOldestThenIdsBreakTies() {
    var dated = new DuplicateDetector.Member("a", 100, false, null);
    var undated = new DuplicateDetector.Member("z", Long.MIN_VALUE, false, null);
    assertThat(DuplicateDetector.resolve(List.of(new DuplicateDetector.Edge(dated, undated))).originalOf("a")).isEqualTo("z");
    var same1 = new DuplicateDetector.Member("m2", 100, false, null);
    var same2 = new DuplicateDetector.Member("m1", 100, false, null);
    assertThat(DuplicateDetector.resolve(List.of(new DuplicateDetector.Edge(same1, same2))).originalOf("m2")).isEqualTo("m1");
  }
}
