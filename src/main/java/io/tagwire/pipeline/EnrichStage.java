package io.tagwire.pipeline;

import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.DeadLetter;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * A pipeline stage that enriches each article independently. An article on which the step fails
 * goes to the dead letters with the stage name and the error, so one bad article never stops a
 * nightly run and never disappears.
 */
public class EnrichStage extends PTransform<PCollection<AnnotatedArticle>, PCollectionTuple> {
  private final String stage;
  private final ArticleStep.Factory factory;

  public EnrichStage(String stage, ArticleStep.Factory factory) {
    this.stage = stage;
    this.factory = factory;
  }

  @Override
  public PCollectionTuple expand(PCollection<AnnotatedArticle> articles) {
    return articles.apply(ParDo.of(new StepFn(stage, factory))
        .withOutputTags(Tags.ARTICLES, TupleTagList.of(Tags.DEAD_LETTERS)));
  }

  static class StepFn extends DoFn<AnnotatedArticle, AnnotatedArticle> {
    private final String stage;
    private final ArticleStep.Factory factory;
    private final Counter processed;
    private transient ArticleStep step;

    StepFn(String stage, ArticleStep.Factory factory) {
      this.stage = stage;
      this.factory = factory;
      this.processed = Counters.counter("stage_" + stage);
    }

    @Setup
    public void setup() {
      step = factory.create();
    }

    @ProcessElement
    public void process(@Element AnnotatedArticle article, MultiOutputReceiver out) {
      AnnotatedArticle result;
      try {
        result = step.apply(article);
      } catch (Exception | StackOverflowError e) {
        out.get(Tags.DEAD_LETTERS).output(DeadLetter.of(article.source(), stage, "stage-failed", null,
            stage + " failed: " + e, article.id(), io.tagwire.model.Json.write(article.article())));
        return;
      }
      processed.inc();
      out.get(Tags.ARTICLES).output(result);
    }
  }
}
