package io.tagwire.pipeline;

import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.DroppedDuplicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * <p>Records are grouped into {@link #BUCKETS} buckets by a hash of the id and deduplicated inside
 * each bucket, rather than grouped by id: one group per id makes the DirectRunner run one tiny
 * bundle per article, whose fixed cost dominated nightly runs. The grouping also spreads the
 * articles over all workers for the stages after it.
 */
public class DeduplicateById extends PTransform<PCollection<AnnotatedArticle>, PCollectionTuple> {
  static final int BUCKETS = 128;

  @Override
  public PCollectionTuple expand(PCollection<AnnotatedArticle> articles) {
    return articles
        .apply("Key by id bucket", WithKeys.of((AnnotatedArticle a) -> Math.floorMod(a.id().hashCode(), BUCKETS))
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
