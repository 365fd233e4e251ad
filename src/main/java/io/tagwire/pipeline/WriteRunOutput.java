package io.tagwire.pipeline;

import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.DeadLetter;
import io.tagwire.model.DroppedDuplicate;
import io.tagwire.model.Json;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The three outputs of a run, each sorted and sharded deterministically into the run's work
 * folder: {@code enriched-*.jsonl} (by id), {@code dead-letter-*.jsonl} (by file and line) and
 * {@code duplicates-*.jsonl} (by id, then file and line).
 */
public final class WriteRunOutput {
  private WriteRunOutput() {}

  public static void enriched(PCollection<AnnotatedArticle> articles, RunPlan plan) {
    articles
        .apply("Format enriched", ParDo.of(new FormatEnrichedFn(plan)))
        .apply("Write enriched", new WriteSortedLines(plan.workDir(), "enriched", plan.shards()));
  }

  public static void deadLetters(PCollectionList<DeadLetter> deadLetters, RunPlan plan) {
    deadLetters
        .apply("Gather dead letters", Flatten.pCollections())
        .apply("Format dead letters", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via((DeadLetter d) -> KV.of(d.file() + "\u0000" + String.format("%012d", d.line()), Json.write(d))))
        .apply("Write dead letters", new WriteSortedLines(plan.workDir(), "dead-letter", 1));
  }

  public static void duplicates(PCollection<DroppedDuplicate> duplicates, RunPlan plan) {
    duplicates
        .apply("Format duplicates", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via((DroppedDuplicate d) -> KV.of(d.id() + "\u0000" + d.file() + "\u0000" + String.format("%012d", d.line()), Json.write(d))))
        .apply("Write duplicates", new WriteSortedLines(plan.workDir(), "duplicates", 1));
  }

  static class FormatEnrichedFn extends DoFn<AnnotatedArticle, KV<String, String>> {
    private final RunPlan plan;

    FormatEnrichedFn(RunPlan plan) {
      this.plan = plan;
    }

    @ProcessElement
    public void process(@Element AnnotatedArticle a, OutputReceiver<KV<String, String>> out) {
      String lang = a.language() == null ? "unknown" : a.language().code();
      Counters.counter("language_" + lang).inc();
      out.output(KV.of(a.id(), Json.write(EnrichedRecords.toRecord(a, plan.provenance()))));
      Progress.articleWritten();
    }
  }
}
