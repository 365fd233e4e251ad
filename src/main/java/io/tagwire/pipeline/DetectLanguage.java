package io.tagwire.pipeline;

import io.tagwire.config.LanguageConfig;
import io.tagwire.nlp.LanguageIdentifier;

/** Stage {@code language}: flags each article with its detected language; nothing is dropped. */
public record DetectLanguage(LanguageConfig config) implements ArticleStep.Factory {
  @Override
  public ArticleStep create() {
    LanguageIdentifier identifier = new LanguageIdentifier(config.minChars());
    return a -> a.withLanguage(identifier.identify(a.article().title(), a.article().body(), a.article().language()));
  }
}
