package io.tagwire.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelatedScorerTest {
  private final RelatedScorer scorer = Fixtures.settings().scorer();

  private final ArticleSignature rotich1 = Fixtures.signature(Fixtures.article("b1", "2026-10-20T08:00:00Z",
      "Kenyan runner Brian Rotich provisionally suspended after positive test",
      "The Athletics Integrity Unit provisionally suspended Kenyan 800m runner Brian Rotich after a positive test "
          + "for a banned blood booster. Rotich, the Commonwealth silver medallist, denies wrongdoing.",
      "Brian Rotich:PERSON:0.6", "Athletics Integrity Unit:ORGANIZATION:0.25", "Kenya:LOCATION:0.15"));
  private final ArticleSignature rotich2 = Fixtures.signature(Fixtures.article("b3", "2026-11-25T11:00:00Z",
      "Tribunal bans Kenya's Brian Rotich for four years",
      "A disciplinary tribunal banned 800m runner Brian Rotich for four years. The Athletics Integrity Unit said the "
          + "positive test for the blood booster stood; Rotich will appeal.",
      "Brian Rotich:PERSON:0.55", "Athletics Integrity Unit:ORGANIZATION:0.3", "Kenya:LOCATION:0.15"));
  private final ArticleSignature cocoa = Fixtures.signature(Fixtures.article("a53", "2026-11-20T08:00:00Z",
      "Ghana raises cocoa farmgate price to curb smuggling",
      "Ghana's cocoa regulator raised the farmgate price for the new season to curb smuggling into neighbouring "
          + "countries, officials in Kenya and Ghana said.",
      "Ghana:LOCATION:0.6", "Kenya:LOCATION:0.1"));

  private CorpusStats stats(ArticleSignature... sigs) {
    Map<String, Long> df = new HashMap<>();
    for (ArticleSignature s : sigs) {
      IndexKeys.frequencyKeys(s).forEach(k -> df.merge(k, 1L, Long::sum));
    }
    return CorpusStats.of(df, sigs.length);
  }

  @Test
  void sameStoryScoresAboveUnrelatedAndIsExplainedBySharedEntities() {
    CorpusStats st = stats(rotich1, rotich2, cocoa);
    RelatedScorer.PairScore same = scorer.score(RelatedScorer.view(rotich2, st), RelatedScorer.view(rotich1, st));
    RelatedScorer.PairScore other = scorer.score(RelatedScorer.view(rotich2, st), RelatedScorer.view(cocoa, st));
    assertThat(same.score()).isGreaterThan(0.3).isGreaterThan(other.score() * 3);
    assertThat(same.shared()).startsWith("Brian Rotich", "Athletics Integrity Unit");
    assertThat(same.shared()).doesNotContain("Rotich"); // said already by the entity
    assertThat(same.score()).isBetween(0.0, 1.0);
  }

  @Test
  void scoresAreSymmetricToTheBit() {
    CorpusStats st = stats(rotich1, rotich2, cocoa);
    List<ArticleSignature> all = List.of(rotich1, rotich2, cocoa);
    for (ArticleSignature a : all) {
      for (ArticleSignature b : all) {
        RelatedScorer.PairScore ab = scorer.score(RelatedScorer.view(a, st), RelatedScorer.view(b, st));
        RelatedScorer.PairScore ba = scorer.score(RelatedScorer.view(b, st), RelatedScorer.view(a, st));
        assertThat(ab.score()).isEqualTo(ba.score());
        assertThat(ab.lexical()).isEqualTo(ba.lexical());
        assertThat(ab.entities()).isEqualTo(ba.entities());
      }
    }
  }

  @Test
  void recencyDecaysWithTheHalfLifeDownToTheFloor() {
    double floor = 0.5;
    assertThat(scorer.recency(0, 0)).isEqualTo(1.0);
    assertThat(scorer.recency(0, 30L * 86_400)).isCloseTo(floor + (1 - floor) * 0.5, within(1e-12));
    assertThat(scorer.recency(0, 3_650L * 86_400)).isCloseTo(floor, within(1e-6));
    assertThat(scorer.recency(Long.MIN_VALUE, 0)).isEqualTo(floor);
  }

  @Test
  void withoutEntitiesTheLexicalPartAloneDecides() {
    ArticleSignature bare1 = Fixtures.signature(Fixtures.article("x1", "2026-11-25T08:00:00Z", "Cholera in Hodeidah",
        "Cholera cases climb in Hodeidah as rains and fuel shortages hit water pumps."));
    ArticleSignature bare2 = Fixtures.signature(Fixtures.article("x2", "2026-11-25T08:00:00Z", "Hodeidah cholera",
        "Cholera spreads in Hodeidah; water pumps idle for lack of fuel."));
    CorpusStats st = stats(bare1, bare2, cocoa);
    RelatedScorer.PairScore s = scorer.score(RelatedScorer.view(bare1, st), RelatedScorer.view(bare2, st));
    assertThat(s.entities()).isZero();
    assertThat(s.score()).isEqualTo(Math.round(s.lexical() * s.recency() * 10_000) / 10_000.0);
    assertThat(s.shared()).contains("Cholera", "Hodeidah");
  }

  @Test
  void embeddingsBlendInOnlyWhenBothSidesHaveThem() {
    RelatedScorer semantic = new RelatedScorer(new RelatedScorer.Weights(0.6, 0.4, 0.5, 30, 0.5));
    ArticleSignature e1 = withEmbedding(rotich1, new float[] {1, 0, 0});
    ArticleSignature e2 = withEmbedding(cocoa, new float[] {1, 0, 0});
    CorpusStats st = stats(rotich1, rotich2, cocoa);
    RelatedScorer.PairScore with = semantic.score(RelatedScorer.view(e1, st), RelatedScorer.view(e2, st));
    RelatedScorer.PairScore without = semantic.score(RelatedScorer.view(rotich1, st), RelatedScorer.view(e2, st));
    assertThat(with.semantic()).isEqualTo(1.0);
    assertThat(without.semantic()).isZero();
    assertThat(with.score()).isGreaterThan(without.score());
  }

  private static ArticleSignature withEmbedding(ArticleSignature s, float[] e) {
    return new ArticleSignature(s.id(), s.title(), s.url(), s.published(), s.section(), s.runDate(), s.archived(),
        s.contentHash(), s.duplicateOf(), s.terms(), s.termCounts(), s.termSurfaces(), s.entities(), s.tags(),
        s.shingles(), s.minHash(), e);
  }
}
