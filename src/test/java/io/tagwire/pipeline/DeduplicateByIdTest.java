package io.tagwire.pipeline;

import io.tagwire.ingest.ArticleParser;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.Article;
import io.tagwire.model.DroppedDuplicate;
import io.tagwire.model.SourceRef;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;

/** Beam-level test of the id deduplication (JUnit 4: TestPipeline is a JUnit 4 rule). */
public class DeduplicateByIdTest {
  @Rule
  public final transient TestPipeline p = TestPipeline.create();

  static AnnotatedArticle article(String id, String body, String published, String file, long line) {
    Article a = new Article(id, "T", body, null, published, null, null, null, null, null, null, null);
    return AnnotatedArticle.of(a, new SourceRef(file, line), ArticleParser.contentHash("T", body));
  }

  @Test
  public void keepsLatestPublishedAndReportsTheRest() {
    NightlyPipeline.registerCoders(p);
    PCollectionTuple out = p
        .apply(Create.of(
            article("a", "old text", "2026-11-01T00:00:00Z", "f1", 1),
            article("a", "new text", "2026-11-02T00:00:00Z", "f2", 9),
            article("a", "old text", "2026-11-01T00:00:00Z", "f1", 5),
            article("b", "only", null, "f1", 2)))
        .apply(new DeduplicateById());

    PAssert.that(out.get(Tags.ARTICLES).apply(MapElements.into(TypeDescriptors.strings())
            .via((AnnotatedArticle a) -> a.id() + "@" + a.source())))
        .containsInAnyOrder("a@f2:9", "b@f1:2");
    PAssert.that(out.get(Tags.DUPLICATES)).containsInAnyOrder(
        new DroppedDuplicate("a", "f1", 1, "f2", 9, "duplicate-id-different-content"),
        new DroppedDuplicate("a", "f1", 5, "f2", 9, "duplicate-id-different-content"));
    p.run().waitUntilFinish();
  }

  @Test
  public void sameDateTieIsBrokenByContentNotArrivalOrder() {
    NightlyPipeline.registerCoders(p);
    AnnotatedArticle x = article("a", "text one", "2026-11-01", "f1", 1);
    AnnotatedArticle y = article("a", "text two", "2026-11-01", "f1", 2);
    String expected = x.contentHash().compareTo(y.contentHash()) < 0 ? "f1:1" : "f1:2";

    PCollectionTuple out = p.apply(Create.of(y, x)).apply(new DeduplicateById());

    PAssert.that(out.get(Tags.ARTICLES).apply(MapElements.into(TypeDescriptors.strings())
        .via((AnnotatedArticle a) -> a.source().toString()))).containsInAnyOrder(expected);
    p.run().waitUntilFinish();
  }
}
