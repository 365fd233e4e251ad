package io.tagwire.pipeline;

import io.tagwire.model.TextAnalysis;
import io.tagwire.nlp.SentenceTokenizer;

/**
 * Stage {@code tokenize}: sentences and tokens of title and body with OpenNLP's English models.
 * Articles in another language are left untokenised (the English models would only mislead the
 * stages after this one).
 */
public record Tokenize() implements ArticleStep.Factory {
  @Override
  public ArticleStep create() {
    SentenceTokenizer tokenizer = new SentenceTokenizer();
    return a -> a.isEnglish()
        ? a.withText(tokenizer.analyse(a.article().title()), tokenizer.analyse(a.article().body()))
        : a.withText(TextAnalysis.EMPTY, TextAnalysis.EMPTY);
  }
}
