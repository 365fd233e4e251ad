package io.tagwire.tagging;

import io.tagwire.model.AnnotatedArticle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Tag suggestion over a whole batch in one thread, without Beam: candidates of every article,
 * document frequencies over the batch (plus any extra corpus), then scores. The Beam stage
 * ({@code pipeline.SuggestTags}) does the same steps in parallel; this is what {@code evaluate
 * tags} and the tests use.
 */
public final class TagSuggester {
  private final TagSuggestionModel model;
  private final CandidateFinder finder;
  private final TagScorer scorer;

  public TagSuggester(TagSuggestionModel model) {
    this.model = model;
    this.finder = model.finder();
    this.scorer = model.scorer();
  }

  public TagSuggestionModel model() {
    return model;
  }

  /**
   * Suggests tags for each article (in the given order).
   *
   * @param extraCorpus term sets of further documents (e.g. the archive) counted in the document
   *     frequencies, may be empty
   */
  public List<AnnotatedArticle> suggest(List<AnnotatedArticle> articles, Collection<? extends Collection<String>> extraCorpus) {
    List<ArticleCandidates> candidates = candidates(articles);
    return suggest(articles, candidates, frequencies(candidates, extraCorpus));
  }

  /** The candidates of each article (none for an article not in English). */
  public List<ArticleCandidates> candidates(List<AnnotatedArticle> articles) {
    List<ArticleCandidates> candidates = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      candidates.add(a.isEnglish() ? finder.find(a) : new ArticleCandidates(a.id(), 0, List.of()));
    }
    return candidates;
  }

  /** Document frequencies over the articles' candidates and the extra corpus. */
  public static DocumentFrequencies frequencies(List<ArticleCandidates> candidates, Collection<? extends Collection<String>> extraCorpus) {
    List<Collection<String>> terms = new ArrayList<>(extraCorpus);
    for (ArticleCandidates c : candidates) {
      if (c.bodyLength() > 0 || !c.candidates().isEmpty()) {
        terms.add(c.terms());
      }
    }
    return DocumentFrequencies.count(terms);
  }

  /** Scores candidates found earlier ({@link #candidates}) against document frequencies. */
  public List<AnnotatedArticle> suggest(List<AnnotatedArticle> articles, List<ArticleCandidates> candidates, DocumentFrequencies df) {
    List<AnnotatedArticle> out = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      AnnotatedArticle a = articles.get(i);
      out.add(a.withSuggestedTags(a.isEnglish() ? scorer.score(candidates.get(i), df) : List.of()));
    }
    return out;
  }
}
