package io.tagwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.related.ArchiveStore;
import io.tagwire.related.ArticleSignature;
import io.tagwire.related.CandidateIndex;
import io.tagwire.related.DuplicateDetector;
import io.tagwire.related.Fixtures;
import io.tagwire.related.ScoredPair;
import java.util.List;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.Test;

/** The related stage's coders carry every field across a shuffle, nulls included. */
public class RelatedCodersTest {

  @Test
  public void signaturesRoundTrip() throws Exception {
    ArticleSignature s = Fixtures.signature(Fixtures.article("r1", "2026-11-10T14:05:00Z", "Rotich suspended",
        "The Athletics Integrity Unit suspended Brian Rotich after a positive test.", "Brian Rotich:PERSON:0.6"));
    ArticleSignature withEmbedding = new ArticleSignature(s.id(), null, null, null, null, null, true, null, "r0", s.terms(),
        s.termCounts(), null, s.entities(), List.of("Doping"), s.shingles(), s.minHash(), new float[] {0.25f, -1f});
    for (ArticleSignature x : List.of(s, withEmbedding)) {
      ArticleSignature back = CoderUtils.clone(RelatedCoders.SignatureCoder.INSTANCE, x);
      assertThat(ArchiveStore.toLine(back)).isEqualTo(ArchiveStore.toLine(x));
      assertThat(back.archived()).isEqualTo(x.archived());
      assertThat(back.termSurfaces()).isEqualTo(x.termSurfaces());
      assertThat(back.publishedSecond()).isEqualTo(x.publishedSecond());
      assertThat(back.embedding()).isEqualTo(x.embedding());
    }
  }

  @Test
  public void postingsProposalsAndScoredPairsRoundTrip() throws Exception {
    CoderProperties.coderDecodeEncodeEqual(RelatedCoders.PostingCoder.INSTANCE, new CandidateIndex.Posting("a1", true, 0.125, Long.MIN_VALUE));
    CandidateIndex.Proposal p = new CandidateIndex.Proposal(-5, true, List.of("a", "b"), new long[] {3, Long.MAX_VALUE}, new long[] {Long.MIN_VALUE, 7});
    CandidateIndex.Proposal q = CoderUtils.clone(RelatedCoders.ProposalCoder.INSTANCE, p);
    assertThat(q.others()).isEqualTo(p.others());
    assertThat(q.contributions()).isEqualTo(p.contributions());
    assertThat(q.published()).isEqualTo(p.published());
    assertThat(q.queryPublished()).isEqualTo(-5);
    assertThat(q.duplicateKey()).isTrue();
    ScoredPair pair = new ScoredPair("t", "o", null, "u", null, true, "2026-11-24", null, 0.4321, List.of("X", "Y"),
        new DuplicateDetector.Verdict(false, true, 0.7), new DuplicateDetector.Member("t", 10, false, null),
        new DuplicateDetector.Member("o", Long.MIN_VALUE, true, "z"));
    CoderProperties.coderDecodeEncodeEqual(RelatedCoders.ScoredPairCoder.INSTANCE, pair);
  }
}
