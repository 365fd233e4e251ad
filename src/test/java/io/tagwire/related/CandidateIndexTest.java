package io.tagwire.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {

  private static CandidateIndex.Posting doc(String id) {
    return new CandidateIndex.Posting(id, false);
  }

  private static CandidateIndex.Posting query(String id) {
    return new CandidateIndex.Posting(id, true);
  }

  @Test
  void aKeyProposesItsOtherDocumentsToEachArticleQueryingItWeightedByIdf() {
    Map<String, CandidateIndex.Proposal> got = new HashMap<>();
    boolean used = CandidateIndex.pairs("t:oropouch", List.of(query("t1"), doc("t2"), doc("a1")), 100, 10, got::put);
    assertThat(used).isTrue();
    assertThat(got).containsOnlyKeys("t1");
    assertThat(got.get("t1").others()).containsExactly("t2", "a1");
    assertThat(got.get("t1").weight()).isEqualTo(Math.round(Math.log(101.0 / 3) * 1e6));
    assertThat(got.get("t1").duplicateKey()).isFalse();
  }

  @Test
  void postingListsOverTheCapProposeNothing() {
    List<CandidateIndex.Posting> many = new ArrayList<>();
    many.add(query("t1"));
    for (int i = 0; i < 10; i++) {
      many.add(doc("a" + i));
    }
    List<String> got = new ArrayList<>();
    assertThat(CandidateIndex.pairs("t:year", many, 1000, 10, (id, p) -> got.add(id))).isFalse();
    assertThat(got).isEmpty();
  }

  @Test
  void selectionKeepsTheHeaviestAndEveryDuplicateCandidate() {
    Map<String, CandidateIndex.Candidate> merged = new HashMap<>();
    CandidateIndex.merge(merged, new CandidateIndex.Proposal(5, false, List.of("x", "y", "z")));
    CandidateIndex.merge(merged, new CandidateIndex.Proposal(3, false, List.of("y")));
    CandidateIndex.merge(merged, new CandidateIndex.Proposal(0, true, List.of("w")));
    assertThat(merged.get("y").weight()).isEqualTo(8);
    List<CandidateIndex.Candidate> kept = CandidateIndex.select(merged.values(), 2);
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
    CandidateIndex.InMemory index = new CandidateIndex.InMemory(List.of(tonight), LshBands.DEFAULT, 5, 10, 3);
    archive.forEach(index::count);
    archive.forEach(index::post);
    Map<String, List<CandidateIndex.Candidate>> c = index.candidates();
    assertThat(c.get("t1")).extracting(CandidateIndex.Candidate::otherId).contains("a1");
    assertThat(c.get("t1")).hasSizeLessThanOrEqualTo(3);
    assertThat(index.cappedKeys()).as("'brazil' is in 31 documents, over the cap of 10").isGreaterThan(0);
    assertThat(index.documents()).isEqualTo(32);
  }
}
