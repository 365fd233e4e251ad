package io.tagwire.related;

import java.io.Serializable;
import java.util.List;

/**
 * One scored candidate pair, seen from one of tonight's articles: what a link to the other
 * article shows, the score and its explanation, and the duplicate verdict.
 */
public record ScoredPair(
    String tonightId,
    String otherId,
    String title,
    String url,
    String published,
    boolean otherArchived,
    String otherRunDate,
    String otherRecordedOriginal,
    double score,
    List<String> shared,
    DuplicateDetector.Verdict verdict,
    DuplicateDetector.Member tonightMember,
    DuplicateDetector.Member otherMember)
    implements Serializable {

  public ScoredPair {
    shared = List.copyOf(shared);
  }

  /** Scores, explains and verifies one candidate pair; {@code a} is tonight's article. */
  public static ScoredPair of(RelatedScorer scorer, RelatedScorer.View a, RelatedScorer.View b, double nearDuplicateJaccard) {
    return of(scorer, a, b, nearDuplicateJaccard, Double.NEGATIVE_INFINITY);
  }

  /**
   * Scores and verifies one candidate pair, or returns null when it can be neither a link (score
   * below {@code minScore}, or the other side a recorded copy) nor a duplicate; only pairs kept
   * are explained.
   */
  public static ScoredPair of(RelatedScorer scorer, RelatedScorer.View a, RelatedScorer.View b, double nearDuplicateJaccard,
      double minScore) {
    ArticleSignature sa = a.signature();
    ArticleSignature sb = b.signature();
    RelatedScorer.PairScore s = scorer.scoreUnexplained(a, b);
    DuplicateDetector.Verdict verdict = DuplicateDetector.verify(sa, sb, nearDuplicateJaccard);
    String recordedOriginal = sb.archived() ? sb.duplicateOf() : null;
    if (!verdict.duplicate() && (s.score() < minScore || recordedOriginal != null)) {
      return null;
    }
    s = scorer.explain(s, a, b);
    return new ScoredPair(sa.id(), sb.id(), sb.title(), sb.url(), sb.published(), sb.archived(), sb.runDate(),
        recordedOriginal, s.score(), s.shared(), verdict, DuplicateDetector.Member.of(sa), DuplicateDetector.Member.of(sb));
  }

  public DuplicateDetector.Edge edge() {
    return new DuplicateDetector.Edge(tonightMember, otherMember);
  }
}
