package io.tagwire.pipeline;

import io.tagwire.config.EntitiesConfig;
import io.tagwire.nlp.EntityRecognizer;
import java.util.List;

/**
 * Stage {@code entities}: canonical entities with salience for every English article (see
 * {@link EntityRecognizer}); an article in another language gets none, never English NER output.
 * Needs the sentences and tokens of stage {@code tokenize}. The CoreNLP models and curated lists
 * are loaded once per JVM and shared by every worker thread.
 */
public record RecognizeEntities(EntitiesConfig config) implements ArticleStep.Factory {
  @Override
  public ArticleStep create() {
    EntityRecognizer recognizer = new EntityRecognizer(config);
    return a -> {
      if (!a.isEnglish()) {
        return a.withEntities(List.of());
      }
      if (a.bodyText() == null) {
        throw new IllegalStateException("article has no tokens: stage 'tokenize' must run before 'entities'");
      }
      return a.withEntities(recognizer.entities(a.article().title(), a.titleText(), a.article().body(), a.bodyText()));
    };
  }
}
