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
 * <p>Records are grouped by id on distributed runners. On the DirectRunner they are grouped by a
 * bucket of the id's hash and then by id within the bucket ({@link DirectRunnerBuckets}): the same
 * choice, in a few dozen bundles instead of one per article.
 */
public class DeduplicateById extends PTransform<PCollection<AnnotatedArticle>, PCollectionTuple> {

  @Override
  public PCollectionTuple expand(PCollection<AnnotatedArticle> articles) {
    int buckets = DirectRunnerBuckets.count(articles.getPipeline().getOptions());
    if (buckets > 0) {
      return articles
          .apply("Key by id bucket", WithKeys.of((AnnotatedArticle a) -> Math.floorMod(a.id().hashCode(), buckets))
              .withKeyType(TypeDescriptors.integers()))
          .apply("Group by id bucket", GroupByKey.create())
          .apply("Keep one", ParDo.of(new KeepOnePerIdFn()).withOutputTags(Tags.ARTICLES, TupleTagList.of(Tags.DUPLICATES)));
    }
    return articles
        .apply("Key by id", WithKeys.of(AnnotatedArticle::id).withKeyType(TypeDescriptors.strings()))
        .apply("Group by id", GroupByKey.create())
        .apply("Keep one", ParDo.of(new KeepOneFn()).withOutputTags(Tags.ARTICLES, TupleTagList.of(Tags.DUPLICATES)));
  }

  static class KeepOneFn extends DoFn<KV<String, Iterable<AnnotatedArticle>>, AnnotatedArticle> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<AnnotatedArticle>> group, MultiOutputReceiver out) {
      List<AnnotatedArticle> copies = new ArrayList<>();
      group.getValue().forEach(copies::add);
      keepOne(copies, out);
    }
  }

  static class KeepOnePerIdFn extends DoFn<KV<Integer, Iterable<AnnotatedArticle>>, AnnotatedArticle> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<AnnotatedArticle>> bucket, MultiOutputReceiver out) {
      Map<String, List<AnnotatedArticle>> byId = new TreeMap<>();
      for (AnnotatedArticle a : bucket.getValue()) {
        byId.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(a);
      }
      byId.values().forEach(copies -> keepOne(copies, out));
    }
  }

  static void keepOne(List<AnnotatedArticle> copies, DoFn.MultiOutputReceiver out) {
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
