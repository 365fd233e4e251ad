package io.tagwire.ingest;

import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.DeadLetter;

/** Either a valid article or the dead letter that says why the record is not one. */
public record ParseOutcome(AnnotatedArticle article, DeadLetter deadLetter) {
  public static ParseOutcome ok(AnnotatedArticle a) {
    return new ParseOutcome(a, null);
  }

  public static ParseOutcome bad(DeadLetter d) {
    return new ParseOutcome(null, d);
  }

  public boolean isOk() {
    return article != null;
  }
}
