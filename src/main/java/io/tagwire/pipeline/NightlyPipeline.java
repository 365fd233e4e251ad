package io.tagwire.pipeline;

import io.tagwire.config.Stage;
import io.tagwire.ingest.RawRecord;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.DeadLetter;
import io.tagwire.model.DroppedDuplicate;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;

import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The graph of a run: read, validate, deduplicate, the stages of the pipeline file in order,
 * write. Every record read leaves as an enriched record, a dead letter or a dropped duplicate.
 */
public final class NightlyPipeline {
  private NightlyPipeline() {}

  public static void registerCoders(Pipeline p) {
    var registry = p.getCoderRegistry();
    registry.registerCoderForClass(RawRecord.class, JavaSerializationCoder.of(RawRecord.class));
    registry.registerCoderForClass(AnnotatedArticle.class, JavaSerializationCoder.of(AnnotatedArticle.class));
    registry.registerCoderForClass(DeadLetter.class, JavaSerializationCoder.of(DeadLetter.class));
    registry.registerCoderForClass(DroppedDuplicate.class, JavaSerializationCoder.of(DroppedDuplicate.class));
  }

  public static void build(Pipeline p, RunPlan plan) {
    registerCoders(p);
    PCollection<String> files = p.apply("List input files", Create.of(plan.inputFiles()).withCoder(StringUtf8Coder.of()));
    PCollectionTuple read = files.apply("Read records", new ReadRecords(plan.config().limits().maxLineBytes()));
    PCollectionTuple parsed = read.get(Tags.RAW).apply("Parse and validate", new ParseArticles(plan.config().limits()));
    PCollectionTuple unique = parsed.get(Tags.ARTICLES).apply("Deduplicate ids", new DeduplicateById());

    List<PCollection<DeadLetter>> deadLetters = new ArrayList<>();
    deadLetters.add(read.get(Tags.DEAD_LETTERS));
    deadLetters.add(parsed.get(Tags.DEAD_LETTERS));

    PCollection<AnnotatedArticle> articles = unique.get(Tags.ARTICLES);
    for (String key : plan.config().stages()) {
      Stage stage = Stage.parse(key);
      PCollectionTuple out = articles.apply(Stages.title(stage), Stages.transform(stage, plan));
      articles = out.get(Tags.ARTICLES);
      deadLetters.add(out.get(Tags.DEAD_LETTERS));
    }

    WriteRunOutput.enriched(articles, plan);
    WriteRunOutput.deadLetters(PCollectionList.of(deadLetters), plan);
    WriteRunOutput.duplicates(unique.get(Tags.DUPLICATES), plan);
  }
}
