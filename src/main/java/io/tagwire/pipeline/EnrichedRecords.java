package io.tagwire.pipeline;

import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.Article;
import io.tagwire.model.EnrichedArticle;
import io.tagwire.model.TextAnalysis;
import io.tagwire.model.TextStats;

/** Maps an annotated article to the published output record. */
public final class EnrichedRecords {
  private EnrichedRecords() {}

  public static EnrichedArticle toRecord(AnnotatedArticle a, EnrichedArticle.Provenance provenance) {
    Article in = a.article();
    TextAnalysis title = a.titleText() == null ? TextAnalysis.EMPTY : a.titleText();
    TextAnalysis body = a.bodyText() == null ? TextAnalysis.EMPTY : a.bodyText();
    return new EnrichedArticle(
        EnrichedArticle.SCHEMA_VERSION,
        in.id(),
        in.title(),
        in.url(),
        in.published(),
        in.source(),
        in.author(),
        new EnrichedArticle.Input(a.source().file(), a.source().line(), a.contentHash()),
        new EnrichedArticle.EditorLabels(in.section(), in.regions(), in.tags()),
        a.language(),
        new TextStats(title.sentenceCount() + body.sentenceCount(), title.tokenCount() + body.tokenCount()),
        a.entities(),
        a.topics(),
        a.regions(),
        a.suggestedTags(),
        a.related(),
        a.duplicateOf(),
        in.extra(),
        provenance,
        in.body());
  }
}
