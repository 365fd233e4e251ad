package io.tagwire.pipeline;

import io.tagwire.config.RegionsConfig;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.Article;
import io.tagwire.model.Label;
import io.tagwire.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Assert;
import org.junit.Rule;
import org.junit.Test;

public class ClassifyRegionsTest {
  @Rule
  public final transient TestPipeline p = TestPipeline.create();

  private static AnnotatedArticle article(String id, String title, String body) {
    return AnnotatedArticle.of(new Article(id, title, body, null, null, null, null, null, null, null, null, null),
        new SourceRef("test.jsonl", 1), id);
  }

  @Test
  public void stageFillsRegionsOfEachArticle() {
    NightlyPipeline.registerCoders(p);
    RegionsConfig config = new RegionsConfig("src/test/resources/regions/gazetteer.tsv", "models/regions/region-map.tsv",
        null, null, null, null, null);
    PCollection<AnnotatedArticle> in = p.apply(Create.of(List.of(
        article("a", "Strikes on Gaza", "GAZA CITY - Strikes hit the north of the Gaza Strip overnight."),
        article("b", "Markets rally", "Shares rose after figures showed prices rising more slowly."))));

    PCollectionTuple out = in.apply(new EnrichStage("regions", new ClassifyRegions(config)));

    PAssert.that(out.get(Tags.ARTICLES)).satisfies(articles -> {
      List<String> seen = new ArrayList<>();
      for (AnnotatedArticle a : articles) {
        List<String> labels = a.regions().stream().map(Label::label).toList();
        seen.add(a.id() + "=" + labels);
      }
      seen.sort(null);
      Assert.assertEquals(List.of("a=[Palestine]", "b=[]"), seen);
      return null;
    });
    PAssert.that(out.get(Tags.DEAD_LETTERS)).empty();
    p.run().waitUntilFinish();
  }
}
