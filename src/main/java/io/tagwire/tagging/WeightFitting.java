package io.tagwire.tagging;

import io.tagwire.config.TagWeightsConfig;
import io.tagwire.config.TagsConfig;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Fits the score weights on editor-tagged articles without letting an article see its own tags:
 * the articles are split into folds; for each fold a vocabulary and priors are built from the
 * other folds only, the fold's candidates are found with them, and each candidate is labelled by
 * whether editors tagged it. One logistic regression over all folds' candidates gives the weights.
 * This is the situation of a nightly run: tonight's articles, a vocabulary built from the past.
 */
public final class WeightFitting {
  /** The fitted weights and what they were fitted on. */
  public record Result(TagWeightsConfig weights, int rows, int positives, int goldTags) {}

  private final TagsConfig config;
  private final Honorifics honorifics;
  /** Builds the vocabulary of one fold from its training articles (the bootstrap of {@code train tags}). */
  private final Function<List<Article>, Vocabulary> vocabularyBuilder;

  public WeightFitting(TagsConfig config, Honorifics honorifics, Function<List<Article>, Vocabulary> vocabularyBuilder) {
    this.config = config;
    this.honorifics = honorifics;
    this.vocabularyBuilder = vocabularyBuilder;
  }

  /**
   * @param articles annotated as a run would (language, tokens, entities where available), with editor tags
   * @param aliases vocabulary of all articles, used only to decide whether a candidate is an editor's tag
   */
  public Result fit(List<AnnotatedArticle> articles, int folds, Vocabulary aliases) {
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    TagEvaluation matcher = new TagEvaluation(1, aliases);
    int gold = 0;
    List<List<AnnotatedArticle>> split = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      split.add(new ArrayList<>());
    }
    for (int i = 0; i < articles.size(); i++) {
      split.get(i % folds).add(articles.get(i));
    }
    List<ArticleCandidates> all = new ArrayList<>();
    List<AnnotatedArticle> order = new ArrayList<>();
    List<TagPriors> foldPriors = new ArrayList<>();
    List<Integer> foldSizes = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      List<Article> training = new ArrayList<>();
      for (int g = 0; g < folds; g++) {
        if (g != f) {
          split.get(g).forEach(a -> training.add(a.article()));
        }
      }
      Vocabulary vocabulary = vocabularyBuilder.apply(training);
      TagPriors priors = TagPriors.count(vocabulary, training);
      TagSuggestionModel model = new TagSuggestionModel(config, vocabulary, priors, EditorFeedback.none(), honorifics,
          "(fold " + (f + 1) + ")");
      List<ArticleCandidates> candidates = new TagSuggester(model).candidates(split.get(f));
      for (int i = 0; i < candidates.size(); i++) {
        all.add(candidates.get(i));
        order.add(split.get(f).get(i));
      }
      // document frequencies need every fold's candidates first; features come after
      foldPriors.add(priors);
      foldSizes.add(candidates.size());
    }
    DocumentFrequencies df = TagSuggester.frequencies(all, List.of());
    int at = 0;
    for (int f = 0; f < folds; f++) {
      for (int i = 0; i < foldSizes.get(f); i++, at++) {
        AnnotatedArticle a = order.get(at);
        if (!a.isEnglish() || a.article().tags().isEmpty()) {
          continue;
        }
        gold += a.article().tags().size();
        ArticleCandidates ac = all.get(at);
        for (TagCandidate c : ac.candidates()) {
          if (!TagScorer.eligible(c)) {
            continue;
          }
          x.add(TagFeatures.of(c, ac.bodyLength(), df, foldPriors.get(f)));
          y.add(a.article().tags().stream().anyMatch(g -> matcher.same(g, c.tag())));
        }
      }
    }
    double[] w = LogisticFit.fit(x, y);
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.round(w[i] * 100) / 100.0;
    }
    int positives = (int) y.stream().filter(b -> b).count();
    return new Result(TagWeightsConfig.of(w), x.size(), positives, gold);
  }

}
