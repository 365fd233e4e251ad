package io.tagwire.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {

  private static final RelatedScorer.Weights W = new RelatedScorer.Weights(0.6, 0.4, 0, 30, 0.5);
  private static final long DAY = 86_400;

  private static CandidateIndex.Posting doc(String id, double weight) {
    return new CandidateIndex.Posting(id, false, weight, 100 * DAY);
  }

  private static CandidateIndex.Posting query(String id, double weight) {
    return new CandidateIndex.Posting(id, true, weight, 100 * DAY);
  }

  @Test
  void aKeyProposesItsOtherDocumentsWithTheProductOfTheirWeights() {
    Map<String, CandidateIndex.Proposal> got = new HashMap<>();
    boolean used = CandidateIndex.pairs("t:oropouch", List.of(query("t1", 0.5), doc("t2", 0.2), doc("a1", 0.4)), 10, W, got::put);
    assertThat(used).isTrue();
    assertThat(got).containsOnlyKeys("t1");
    CandidateIndex.Proposal p = got.get("t1");
    assertThat(p.others()).containsExactly("t2", "a1");
    assertThat(p.contributions()).containsExactly(Math.round(0.6 * 0.5 * 0.2 * 1e9), Math.round(0.6 * 0.5 * 0.4 * 1e9));
    assertThat(p.duplicateKey()).isFalse();
    Map<String, CandidateIndex.Proposal> entity = new HashMap<>();
    CandidateIndex.pairs("e:brazil", List.of(query("t1", 1.0), doc("a1", 1.0)), 10, W, entity::put);
    assertThat(entity.get("t1").contributions()).containsExactly(Math.round(0.4 * 1e9));
    Map<String, CandidateIndex.Proposal> band = new HashMap<>();
    CandidateIndex.pairs("b:3:ff", List.of(query("t1", 0), doc("a1", 0)), 10, W, band::put);
    assertThat(band.get("t1").duplicateKey()).isTrue();
  }

  @Test
  void compactedProposalsMergeToExactlyWhatTheOriginalsMergeTo() {
    long now = 1000 * DAY;
    List<CandidateIndex.Proposal> originals = List.of(
        new CandidateIndex.Proposal(now, false, List.of("x", "y"), new long[] {50, 20}, new long[] {now, now - DAY}),
        new CandidateIndex.Proposal(now, true, List.of("y"), new long[] {0}, new long[] {now - DAY}),
        new CandidateIndex.Proposal(now, false, List.of("z", "x"), new long[] {7, 3}, new long[] {now, now}));
    Map<String, CandidateIndex.Candidate> direct = new HashMap<>();
    originals.forEach(p -> CandidateIndex.merge(direct, p));

    List<CandidateIndex.Proposal> compact = CandidateIndex.compact(now, direct);
    assertThat(compact).hasSize(2);
    assertThat(compact.get(0).duplicateKey()).isTrue();
    assertThat(compact.get(0).others()).containsExactly("y");
    assertThat(compact.get(1).others()).containsExactly("x", "z");
    Map<String, CandidateIndex.Candidate> viaCompact = new HashMap<>();
    compact.forEach(p -> CandidateIndex.merge(viaCompact, p));
    assertThat(viaCompact).isEqualTo(direct);
    assertThat(viaCompact.get("x").weight()).isEqualTo(53);
    assertThat(viaCompact.get("y").duplicateKey()).isTrue();
    assertThat(CandidateIndex.compact(now, Map.of())).isEmpty();
  }

  @Test
  void postingListsOverTheCapProposeNothing() {
    List<CandidateIndex.Posting> many = new ArrayList<>();
    many.add(query("t1", 0.1));
    for (int i = 0; i < 10; i++) {
      many.add(doc("a" + i, 0.1));
    }
    List<String> got = new ArrayList<>();
    assertThat(CandidateIndex.pairs("t:year", many, 10, W, (id, p) -> got.add(id))).isFalse();
    assertThat(got).isEmpty();
  }

  @Test
  void selectionRanksBySummedContributionTimesRecencyAndKeepsEveryDuplicateCandidate() {
    Map<String, CandidateIndex.Candidate> merged = new HashMap<>();
    long now = 1000 * DAY;
    CandidateIndex.merge(merged, new CandidateIndex.Proposal(now, false, List.of("x", "y", "old"),
        new long[] {50, 50, 70}, new long[] {now, now, now - 3650 * DAY}));
    CandidateIndex.merge(merged, new CandidateIndex.Proposal(now, false, List.of("y"), new long[] {30}, new long[] {now}));
    CandidateIndex.merge(merged, new CandidateIndex.Proposal(now, true, List.of("w"), new long[] {0}, new long[] {now}));
    assertThat(merged.get("y").weight()).isEqualTo(80);
    // "old" has more weight than x (70 > 50) but ten years of age halve it (recency floor 0.5): 35 < 50
    List<CandidateIndex.Candidate> kept = CandidateIndex.select(merged.values(), now, W, 2);
    assertThat(kept).extracting(CandidateIndex.Candidate::otherId).containsExactly("w", "x", "y");
  }

  @Test
  void queryKeysAreTheMostTellingTermsPlusEntitiesAndDuplicateKeys() {
    ArticleSignature s = Fixtures.signature(Fixtures.article("t1", "2026-11-25T08:00:00Z", "Oropouche emergency in Brazil",
        "Brazil declared a national health emergency over Oropouche fever as cases spread from Amazonas. "
            + "Health officials in Brazil said the emergency frees federal funds.", "Brazil:LOCATION:0.5"));
    Map<String, Long> df = new HashMap<>();
    df.put("t:brazil", 40L);
    df.put("t:emerg", 30L);
    df.put("t:oropouch", 2L);
    CorpusStats stats = CorpusStats.of(df, 100);
    List<String> keys = CandidateIndex.queryKeys(s, stats, LshBands.DEFAULT, 1);
    assertThat(keys.get(0)).isEqualTo("t:oropouch");
    assertThat(keys).contains("e:brazil", "h:" + s.contentHash());
    assertThat(keys.stream().filter(k -> k.startsWith("b:"))).hasSize(LshBands.DEFAULT.bands());
    assertThat(keys.stream().filter(k -> k.startsWith("t:"))).hasSize(1);
  }

  @Test
  void inMemoryRunFindsTheSameStoryAcrossTheArchiveAndHoldsOnlyQueriedKeys() {
    ArticleSignature tonight = Fixtures.signature(Fixtures.article("t1", "2026-11-25T08:00:00Z",
        "Brazil declares emergency over Oropouche fever",
        "Brazil declared a national health emergency over Oropouche fever as cases spread from Amazonas to Para.",
        "Brazil:LOCATION:0.5", "Oropouche fever:MISC:0.4"));
    ArticleSignature story = Fixtures.signature(Fixtures.article("a1", "2026-11-12T08:00:00Z",
        "Oropouche spreads beyond Manaus", "Oropouche fever cases spread beyond Manaus into Para, Amazonas officials said.",
        "Oropouche fever:MISC:0.6", "Manaus:LOCATION:0.3")).withRunDate("2026-11-12");
    List<ArticleSignature> archive = new ArrayList<>();
    archive.add(story);
    for (int i = 0; i < 30; i++) {
      archive.add(Fixtures.signature(Fixtures.article("f" + i, "2026-11-01T08:00:00Z", "Markets " + i,
          "Shares in Sao Paulo and Brazil rose on day " + i + " as investors weighed rates.", "Brazil:LOCATION:0.5")));
    }
    CandidateIndex.InMemory index = new CandidateIndex.InMemory(List.of(tonight), LshBands.DEFAULT, W, 5, 10, 3);
    archive.forEach(index::count);
    archive.forEach(index::post);
    Map<String, List<CandidateIndex.Candidate>> c = index.candidates();
    assertThat(c.get("t1")).extracting(CandidateIndex.Candidate::otherId).contains("a1");
    assertThat(c.get("t1")).hasSizeLessThanOrEqualTo(3);
    assertThat(index.cappedKeys()).as("'brazil' is in 31 documents, over the cap of 10").isGreaterThan(0);
    assertThat(index.documents()).isEqualTo(32);
  }
}
