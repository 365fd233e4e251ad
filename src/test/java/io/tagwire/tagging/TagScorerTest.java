package io.tagwire.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.config.TagsConfig;
import io.tagwire.model.EditorDecision;
import io.tagwire.model.TagSuggestion;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagScorerTest {
  private static final TagsConfig CONFIG = TagsConfig.defaults();
  private static final DocumentFrequencies DF = DocumentFrequencies.count(List.of(
      List.of("microsoft", "unit 8200", "mass surveillance", "review"), List.of("review"), List.of("review"), List.of("review")));

  private static TagCandidate known(String tag, int title, int lead, int body) {
    return new TagCandidate(TagText.collapseKey(tag), tag, "organisation", TagCandidate.VOCABULARY, true, title, lead, body,
        100, 100 + 500 * Math.max(0, body - 1), null, null, List.of());
  }

  private static TagCandidate keyphrase(String tag, int title, int body) {
    return new TagCandidate(TagText.collapseKey(tag), tag, "topic", TagCandidate.KEYPHRASE, false, title, Math.min(1, body), body,
        300, 900, null, null, List.of());
  }

  private static ArticleCandidates article(TagCandidate... c) {
    return new ArticleCandidates("a1", 3000, List.of(c));
  }

  private static TagScorer scorer(EditorFeedback feedback) {
    return new TagScorer(CONFIG, feedback, Vocabulary.empty(), TagPriors.NONE);
  }

  @Test
  void theHeadlineSubjectIsPrimaryAPassingMentionIsNot() {
    List<TagSuggestion> s = scorer(EditorFeedback.none()).score(article(
        known("Microsoft", 1, 1, 7), known("Unit 8200", 0, 0, 1), keyphrase("Mass surveillance", 0, 3)), DF);
    assertThat(s).extracting(TagSuggestion::tag).startsWith("Microsoft");
    assertThat(s.get(0).band()).isEqualTo(BandPolicy.PRIMARY);
    assertThat(s.get(0).reasons()).contains("in headline", "in first paragraph", "8 mentions");
    TagSuggestion unit = s.stream().filter(t -> t.tag().equals("Unit 8200")).findFirst().orElseThrow();
    assertThat(unit.band()).isNotEqualTo(BandPolicy.PRIMARY);
    assertThat(unit.score()).isLessThan(s.get(0).score());
    for (int i = 1; i < s.size(); i++) {
      assertThat(s.get(i).score()).isLessThanOrEqualTo(s.get(i - 1).score());
    }
    assertThat(s).allSatisfy(t -> assertThat(t.score()).isBetween(0.0, 1.0));
  }

  @Test
  void keyphrasesThatAreCommonEverywhereOrSeenOnceAreDropped() {
    List<TagSuggestion> s = scorer(EditorFeedback.none()).score(article(
        keyphrase("Mass surveillance", 1, 3), keyphrase("Review", 1, 3), keyphrase("Phone call", 0, 1)), DF);
    assertThat(s).extracting(TagSuggestion::tag).doesNotContain("Phone call");
    assertThat(s.get(0).reasons()).contains("keyphrase in 1 of 4 articles");
    double mass = s.stream().filter(t -> t.tag().equals("Mass surveillance")).findFirst().orElseThrow().score();
    double review = s.stream().filter(t -> t.tag().equals("Review")).mapToDouble(TagSuggestion::score).findFirst().orElse(0);
    assertThat(mass).isGreaterThan(review);
  }

  @Test
  void rejectedOnTheArticleIsGoneAcceptedStaysPrimaryAddedIsSuggested() {
    EditorFeedback feedback = EditorFeedback.of(List.of(
        new EditorDecision("a1", "Microsoft", "rejected", "wrong", null, null, "ed", null, null),
        new EditorDecision("a1", "Unit 8200", "accepted", null, null, null, "ed", null, null),
        new EditorDecision("a1", "Brad Smith", "added", null, "person", "Microsoft's president", "ed", null, null)));
    TagScorer scorer = new TagScorer(CONFIG, feedback, feedback.extend(Vocabulary.empty()), TagPriors.NONE);
    List<TagSuggestion> s = scorer.score(article(known("Microsoft", 1, 1, 7), known("Unit 8200", 0, 0, 1)), DF);
    assertThat(s).extracting(TagSuggestion::tag).containsExactly("Brad Smith", "Unit 8200");
    assertThat(s.get(0).source()).isEqualTo(TagCandidate.FEEDBACK);
    assertThat(s.get(0).score()).isEqualTo(1.0);
    assertThat(s.get(0).type()).isEqualTo("person");
    assertThat(s.get(1).band()).isEqualTo(BandPolicy.PRIMARY);
    assertThat(s.get(1).reasons()).contains("accepted by an editor on this article");
  }

  @Test
  void bandsFollowTheThresholds() {
    BandPolicy b = new BandPolicy(0.5, 0.3, 0.1);
    assertThat(b.band(0.5)).isEqualTo("primary");
    assertThat(b.band(0.3)).isEqualTo("significant");
    assertThat(b.band(0.29)).isEqualTo("peripheral");
    assertThat(b.band(0.1)).isEqualTo("peripheral");
    assertThat(b.band(0.09)).isNull();
  }
}
