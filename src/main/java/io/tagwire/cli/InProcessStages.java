package io.tagwire.cli;

import io.tagwire.config.PipelineConfig;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.pipeline.ArticleStep;
import io.tagwire.pipeline.DetectLanguage;
import io.tagwire.pipeline.RecognizeEntities;
import io.tagwire.pipeline.Tokenize;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-article stages tag suggestion needs, run in this process without Beam, for commands
 * that train or evaluate on labelled files ({@code train tags --fit-weights}, {@code evaluate tags}).
 */
final class InProcessStages {
  private InProcessStages() {}

  /** Language, tokens and entities, as a run computes them before tags, so training and evaluation see what a run sees. */
  static List<ArticleStep.Factory> beforeTags(PipelineConfig config) {
    return List.of(new DetectLanguage(config.language()), new Tokenize(), new RecognizeEntities(config.entities()));
  }

  static List<AnnotatedArticle> annotate(List<AnnotatedArticle> articles, PipelineConfig config) throws Exception {
    List<ArticleStep> steps = new ArrayList<>();
    for (ArticleStep.Factory f : beforeTags(config)) {
      steps.add(f.create());
    }
    List<AnnotatedArticle> out = new ArrayList<>(articles.size());
    for (AnnotatedArticle a : articles) {
      AnnotatedArticle x = a;
      for (ArticleStep s : steps) {
        x = s.apply(x);
      }
      out.add(x);
    }
    return out;
  }
}
