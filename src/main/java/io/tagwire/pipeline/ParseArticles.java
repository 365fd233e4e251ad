package io.tagwire.pipeline;

import io.tagwire.config.LimitsConfig;
import io.tagwire.ingest.ArticleParser;
import io.tagwire.ingest.ParseOutcome;
import io.tagwire.ingest.RawRecord;
import io.tagwire.model.AnnotatedArticle;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/** Validates raw records against the input contract: articles out, dead letters aside. */
public class ParseArticles extends PTransform<PCollection<RawRecord>, PCollectionTuple> {
  private final LimitsConfig limits;

  public ParseArticles(LimitsConfig limits) {
    this.limits = limits;
  }

  @Override
  public PCollectionTuple expand(PCollection<RawRecord> raw) {
    return raw.apply("Validate", ParDo.of(new ParseFn(limits))
        .withOutputTags(Tags.ARTICLES, TupleTagList.of(Tags.DEAD_LETTERS)));
  }

  static class ParseFn extends DoFn<RawRecord, AnnotatedArticle> {
    private final LimitsConfig limits;
    private transient ArticleParser parser;

    ParseFn(LimitsConfig limits) {
      this.limits = limits;
    }

    @Setup
    public void setup() {
      parser = new ArticleParser(limits);
    }

    @ProcessElement
    public void process(@Element RawRecord raw, MultiOutputReceiver out) {
      ParseOutcome outcome = parser.parse(raw);
      if (outcome.isOk()) {
        out.get(Tags.ARTICLES).output(outcome.article());
      } else {
        out.get(Tags.DEAD_LETTERS).output(outcome.deadLetter());
      }
    }
  }
}
