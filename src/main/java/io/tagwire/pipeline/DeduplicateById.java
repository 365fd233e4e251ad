package io.tagwire.pipeline;

import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.DroppedDuplicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Keeps one record per id. The kept record is chosen deterministically (see
 * {@link DuplicateChoice}); the others are reported as dropped duplicates, so records read still
 * equals written + dead-lettered + dropped.
 *
 * <p>Records are grouped into buckets by a hash of the id and deduplicated inside each bucket,
 * rather than grouped by id: one group per id makes the DirectRunner run one tiny bundle per
 * article, whose fixed cost dominated nightly runs. The buckets are also the bundles every stage
 * after this one works in, so there are {@link #bucketsFor two per worker}: enough to keep every
 * worker busy to the end (hash-balanced), few enough that each later shuffle receives few bundles
 * (the DirectRunner copies a key's grouped values once per bundle that adds to them). Two, four and
 * eight per worker gave the same NER pipeline time within noise on 1,000 articles; the related
 * stage was fastest with two.
 */
public class DeduplicateById extends PTransform<PCollection<AnnotatedArticle>, PCollectionTuple> {
  /** Buckets for a run on {@code options}: {@value #PER_WORKER} per worker thread, 128 when the cluster decides. */
  static int bucketsFor(PipelineOptions options) {
    return RunnerDefaults.groups(options, PER_WORKER, 128);
  }

  static final int PER_WORKER = 2;

  @Override
  public PCollectionTuple expand(PCollection<AnnotatedArticle> articles) {
    int buckets = bucketsFor(articles.getPipeline().getOptions());
    return articles
        .apply("Key by id bucket", WithKeys.of((AnnotatedArticle a) -> Math.floorMod(a.id().hashCode(), buckets))
            .withKeyType(TypeDescriptors.integers()))
        .apply("Group bucket", GroupByKey.create())
        .apply("Keep one per id", ParDo.of(new KeepOneFn()).withOutputTags(Tags.ARTICLES, TupleTagList.of(Tags.DUPLICATES)));
  }

  static class KeepOneFn extends DoFn<KV<Integer, Iterable<AnnotatedArticle>>, AnnotatedArticle> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<AnnotatedArticle>> bucket, MultiOutputReceiver out) {
      Map<String, List<AnnotatedArticle>> byId = new TreeMap<>();
      bucket.getValue().forEach(a -> byId.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(a));
      byId.values().forEach(copies -> keepOne(copies, out));
    }

    private static void keepOne(List<AnnotatedArticle> copies, MultiOutputReceiver out) {
      AnnotatedArticle kept = DuplicateChoice.choose(copies);
      out.get(Tags.ARTICLES).output(kept);
      for (AnnotatedArticle a : copies) {
        if (a != kept) {
          String why = a.contentHash().equals(kept.contentHash()) ? "duplicate-id-same-content" : "duplicate-id-different-content";
          out.get(Tags.DUPLICATES).output(new DroppedDuplicate(a.id(), a.source().file(), a.source().line(),
              kept.source().file(), kept.source().line(), why));
        }
      }
    }
  }
}
