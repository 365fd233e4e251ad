package io.tagwire.pipeline;

import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.DeadLetter;
import io.tagwire.model.Json;
import io.tagwire.model.RelatedLink;
import io.tagwire.related.ArchiveStore;
import io.tagwire.related.ArticleSignature;
import io.tagwire.related.CandidateIndex;
import io.tagwire.related.CorpusStats;
import io.tagwire.related.DuplicateDetector;
import io.tagwire.related.IndexKeys;
import io.tagwire.related.LinkSelector;
import io.tagwire.related.LshBands;
import io.tagwire.related.RelatedScorer;
import io.tagwire.related.RelatedSettings;
import io.tagwire.related.ScoredPair;
import io.tagwire.related.SignatureBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.SetCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;

/**
 * The DoFns of {@link LinkRelatedArticles}: each adapts one plain-Java step of
 * {@code io.tagwire.related}. Side inputs (frequencies, key sets, tonight's signatures) are read
 * once per DoFn instance and kept: a nightly run is one batch in the global window, so they never
 * change during a run, and re-reading a map of hundreds of thousands of keys per element would
 * dominate the stage.
 */
final class RelatedFns {
  private RelatedFns() {}

  static final TupleTag<ArticleSignature> OTHERS = new TupleTag<>() {};
  static final TupleTag<KV<String, String>> PAIRS = new TupleTag<>() {};

  /** Tonight's article → its signature; an article that cannot be described is a dead letter. */
  static class DescribeFn extends DoFn<AnnotatedArticle, ArticleSignature> {
    private final RelatedSettings settings;
    private final String runDate;
    private transient SignatureBuilder builder;

    DescribeFn(RelatedSettings settings, String runDate) {
      this.settings = settings;
      this.runDate = runDate;
    }

    @Setup
    public void setup() {
      builder = settings.signatureBuilder();
    }

    @ProcessElement
    public void process(@Element AnnotatedArticle a, MultiOutputReceiver out) {
      ArticleSignature s;
      try {
        s = builder.build(a, runDate, null);
      } catch (RuntimeException | StackOverflowError e) {
        out.get(Tags.DEAD_LETTERS).output(DeadLetter.of(a.source(), LinkRelatedArticles.STAGE, "stage-failed", null,
            LinkRelatedArticles.STAGE + " failed: " + e, a.id(), Json.write(a.article())));
        return;
      }
      out.get(LinkRelatedArticles.SIGNATURES).output(s);
      out.get(LinkRelatedArticles.DESCRIBED).output(a);
    }
  }

  /** Document frequency of every term and entity key, as one map. */
  static class CountKeysFn extends Combine.CombineFn<ArticleSignature, Map<String, Long>, Map<String, Long>> {
    @Override
    public Map<String, Long> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public Map<String, Long> addInput(Map<String, Long> acc, ArticleSignature s) {
      for (String k : IndexKeys.frequencyKeys(s)) {
        acc.merge(k, 1L, Long::sum);
      }
      return acc;
    }

    @Override
    public Map<String, Long> mergeAccumulators(Iterable<Map<String, Long>> accs) {
      Map<String, Long> all = new HashMap<>();
      for (Map<String, Long> a : accs) {
        a.forEach((k, v) -> all.merge(k, v, Long::sum));
      }
      return all;
    }

    @Override
    public Map<String, Long> extractOutput(Map<String, Long> acc) {
      return acc;
    }

    @Override
    public Coder<Map<String, Long>> getAccumulatorCoder(CoderRegistry registry, Coder<ArticleSignature> input) {
      return MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    }

    @Override
    public Coder<Map<String, Long>> getDefaultOutputCoder(CoderRegistry registry, Coder<ArticleSignature> input) {
      return MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    }
  }

  /** A set of strings (queried keys, candidate ids), as one value. */
  static class KeySetFn extends Combine.CombineFn<String, Set<String>, Set<String>> {
    @Override
    public Set<String> createAccumulator() {
      return new HashSet<>();
    }

    @Override
    public Set<String> addInput(Set<String> acc, String key) {
      acc.add(key);
      return acc;
    }

    @Override
    public Set<String> mergeAccumulators(Iterable<Set<String>> accs) {
      Set<String> all = new HashSet<>();
      accs.forEach(all::addAll);
      return all;
    }

    @Override
    public Set<String> extractOutput(Set<String> acc) {
      return acc;
    }

    @Override
    public Coder<Set<String>> getAccumulatorCoder(CoderRegistry registry, Coder<String> input) {
      return SetCoder.of(StringUtf8Coder.of());
    }

    @Override
    public Coder<Set<String>> getDefaultOutputCoder(CoderRegistry registry, Coder<String> input) {
      return SetCoder.of(StringUtf8Coder.of());
    }
  }

  /** The keys one of tonight's articles queries (its most telling terms, entities, duplicate keys). */
  static class QueryKeysFn extends DoFn<ArticleSignature, String> {
    private final LshBands bands;
    private final int queryTerms;
    private final PCollectionView<Map<String, Long>> frequencies;
    private final PCollectionView<Long> documents;

    private transient CorpusStats stats;

    QueryKeysFn(LshBands bands, int queryTerms, PCollectionView<Map<String, Long>> frequencies, PCollectionView<Long> documents) {
      this.bands = bands;
      this.queryTerms = queryTerms;
      this.frequencies = frequencies;
      this.documents = documents;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (stats == null) {
        stats = CorpusStats.of(c.sideInput(frequencies), c.sideInput(documents));
      }
      for (String k : CandidateIndex.queryKeys(c.element(), stats, bands, queryTerms)) {
        c.output(k);
      }
    }
  }

  /**
   * An article's postings, keyed by posting group. Tonight's articles are documents under every
   * queried key they have and query their own; archive articles are documents only under keys
   * tonight queries: the rest meets no pair.
   */
  static class PostFn extends DoFn<ArticleSignature, KV<Integer, KV<String, CandidateIndex.Posting>>> {
    private final LshBands bands;
    private final boolean tonight;
    private final int queryTerms;
    private final RelatedShards shards;
    private final PCollectionView<Map<String, Long>> frequencies;
    private final PCollectionView<Long> documents;
    private final PCollectionView<Set<String>> queryKeys;
    private transient CorpusStats stats;
    private transient Set<String> queried;

    PostFn(LshBands bands, boolean tonight, int queryTerms, RelatedShards shards, PCollectionView<Map<String, Long>> frequencies,
        PCollectionView<Long> documents, PCollectionView<Set<String>> queryKeys) {
      this.bands = bands;
      this.tonight = tonight;
      this.queryTerms = queryTerms;
      this.shards = shards;
      this.frequencies = frequencies;
      this.documents = documents;
      this.queryKeys = queryKeys;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (stats == null) {
        stats = CorpusStats.of(c.sideInput(frequencies), c.sideInput(documents));
        queried = c.sideInput(queryKeys);
      }
      ArticleSignature s = c.element();
      Set<String> own = tonight ? new HashSet<>(CandidateIndex.queryKeys(s, stats, bands, queryTerms)) : Set.of();
      for (Map.Entry<String, CandidateIndex.Posting> e : CandidateIndex.postings(s, stats, bands, queried, own)) {
        c.output(KV.of(shards.ofKey(e.getKey()), KV.of(e.getKey(), e.getValue())));
      }
    }
  }

  /**
   * One shard of postings → per key, a proposal to each article querying it, unless the key's
   * list is over the cap (then its postings are dropped as soon as the cap is passed).
   */
  static class ProposeFn extends DoFn<KV<Integer, Iterable<KV<String, CandidateIndex.Posting>>>, KV<Integer, KV<String, CandidateIndex.Proposal>>> {
    private final int maxPosting;
    private final RelatedScorer.Weights weights;
    private final RelatedShards shards;
    private final Counter capped = Counters.counter("related_capped_keys");

    ProposeFn(int maxPosting, RelatedScorer.Weights weights, RelatedShards shards) {
      this.maxPosting = maxPosting;
      this.shards = shards;
      this.weights = weights;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      Map<String, List<CandidateIndex.Posting>> byKey = new java.util.TreeMap<>();
      Set<String> over = new HashSet<>();
      for (KV<String, CandidateIndex.Posting> kv : c.element().getValue()) {
        if (over.contains(kv.getKey())) {
          continue;
        }
        List<CandidateIndex.Posting> list = byKey.computeIfAbsent(kv.getKey(), k -> new ArrayList<>());
        list.add(kv.getValue());
        if (list.size() > maxPosting) {
          byKey.remove(kv.getKey());
          over.add(kv.getKey());
        }
      }
      capped.inc(over.size());
      // Proposals are merged per article here, not only after the shuffle: one per shared key would
      // be millions of elements on a batch of a thousand, and the DirectRunner copies a key's
      // grouped values every time another bundle adds to them.
      Map<String, Map<String, CandidateIndex.Candidate>> byArticle = new java.util.TreeMap<>();
      Map<String, Long> published = new HashMap<>();
      byKey.forEach((key, postings) ->
          CandidateIndex.pairs(key, postings, maxPosting, weights, (tonightId, proposal) -> {
            CandidateIndex.merge(byArticle.computeIfAbsent(tonightId, k -> new HashMap<>()), proposal);
            published.put(tonightId, proposal.queryPublished());
          }));
      byArticle.forEach((tonightId, merged) -> {
        for (CandidateIndex.Proposal p : CandidateIndex.compact(published.get(tonightId), merged)) {
          c.output(KV.of(shards.ofId(tonightId), KV.of(tonightId, p)));
        }
      });
    }
  }

  /** All proposals to the articles of one shard → each article's best candidates, as (candidate id, article id). */
  static class SelectCandidatesFn extends DoFn<KV<Integer, Iterable<KV<String, CandidateIndex.Proposal>>>, KV<String, String>> {
    private final int maxCandidates;
    private final RelatedScorer.Weights weights;

    SelectCandidatesFn(int maxCandidates, RelatedScorer.Weights weights) {
      this.maxCandidates = maxCandidates;
      this.weights = weights;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, CandidateIndex.Proposal>>> shard, OutputReceiver<KV<String, String>> out) {
      Map<String, Map<String, CandidateIndex.Candidate>> byArticle = new java.util.TreeMap<>();
      Map<String, Long> published = new HashMap<>();
      for (KV<String, CandidateIndex.Proposal> p : shard.getValue()) {
        CandidateIndex.merge(byArticle.computeIfAbsent(p.getKey(), k -> new HashMap<>()), p.getValue());
        published.put(p.getKey(), p.getValue().queryPublished());
      }
      byArticle.forEach((article, merged) -> {
        for (CandidateIndex.Candidate c : CandidateIndex.select(merged.values(), published.get(article), weights, maxCandidates)) {
          out.output(KV.of(c.otherId(), article));
        }
      });
    }
  }

  /** Archive records some candidate pair needs, keyed by id. */
  static class KeepNeededFn extends DoFn<ArticleSignature, KV<Integer, ArticleSignature>> {
    private final PCollectionView<Set<String>> needed;
    private final RelatedShards shards;
    private transient Set<String> ids;

    KeepNeededFn(PCollectionView<Set<String>> needed, RelatedShards shards) {
      this.needed = needed;
      this.shards = shards;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (ids == null) {
        ids = c.sideInput(needed);
      }
      if (ids.contains(c.element().id())) {
        c.output(KV.of(shards.ofId(c.element().id()), c.element()));
      }
    }
  }

  /** The candidate articles of one shard with the pairs they are in → exact scores, keyed by tonight's article's shard. */
  static class ScoreFn extends DoFn<KV<Integer, CoGbkResult>, KV<Integer, ScoredPair>> {
    private final RelatedSettings settings;
    private final PCollectionView<Map<String, ArticleSignature>> tonight;
    private final PCollectionView<Map<String, Long>> frequencies;
    private final PCollectionView<Long> documents;
    private final RelatedShards shards;
    private final Counter pairs = Counters.counter("related_pairs_scored");
    private final Counter kept = Counters.counter("related_pairs_kept");
    private transient RelatedScorer scorer;
    private transient Map<String, RelatedScorer.View> views;
    private transient Map<String, ArticleSignature> batch;
    private transient CorpusStats stats;

    ScoreFn(RelatedSettings settings, PCollectionView<Map<String, ArticleSignature>> tonight,
        PCollectionView<Map<String, Long>> frequencies, PCollectionView<Long> documents, RelatedShards shards) {
      this.settings = settings;
      this.shards = shards;
      this.tonight = tonight;
      this.frequencies = frequencies;
      this.documents = documents;
    }

    @Setup
    public void setup() {
      scorer = settings.scorer();
      views = new HashMap<>();
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (stats == null) {
        batch = c.sideInput(tonight);
        stats = CorpusStats.of(c.sideInput(frequencies), c.sideInput(documents));
      }
      CoGbkResult joined = c.element().getValue();
      Map<String, ArticleSignature> others = new HashMap<>();
      for (ArticleSignature s : joined.getAll(OTHERS)) {
        others.merge(s.id(), s, ScoreFn::preferred);
      }
      Map<String, List<String>> pairsByOther = new java.util.TreeMap<>();
      for (KV<String, String> pair : joined.getAll(PAIRS)) {
        pairsByOther.computeIfAbsent(pair.getKey(), k -> new ArrayList<>()).add(pair.getValue());
      }
      double minScore = settings.config().minScore();
      double jaccard = settings.config().nearDuplicateJaccard();
      pairsByOther.forEach((otherId, tonightIds) -> {
        ArticleSignature other = others.get(otherId);
        if (other == null) {
          return; // proposed, then gone: cannot happen unless the archive changed under the run
        }
        RelatedScorer.View otherView = RelatedScorer.view(other, stats);
        for (String tonightId : tonightIds) {
          RelatedScorer.View a = views.computeIfAbsent(tonightId, id -> RelatedScorer.view(batch.get(id), stats));
          pairs.inc();
          ScoredPair p = ScoredPair.of(scorer, a, otherView, jaccard, minScore);
          if (p != null) {
            kept.inc();
            c.output(KV.of(shards.ofId(tonightId), p));
          }
        }
      });
    }

    /** Tonight's copy of an id over the archive's; among archive copies the newest partition's. */
    private static ArticleSignature preferred(ArticleSignature x, ArticleSignature y) {
      if (x.archived() != y.archived()) {
        return x.archived() ? y : x;
      }
      int c = String.valueOf(x.runDate()).compareTo(String.valueOf(y.runDate()));
      if (c != 0) {
        return c > 0 ? x : y;
      }
      return String.valueOf(x.contentHash()).compareTo(String.valueOf(y.contentHash())) <= 0 ? x : y;
    }
  }

  static class DuplicateEdgesFn extends DoFn<KV<Integer, ScoredPair>, DuplicateDetector.Edge> {
    @ProcessElement
    public void process(@Element KV<Integer, ScoredPair> pair, OutputReceiver<DuplicateDetector.Edge> out) {
      if (pair.getValue().verdict().duplicate()) {
        out.output(pair.getValue().edge());
      }
    }
  }

  /** All verified duplicate pairs of the night (few) → groups of copies with their originals. */
  static class ResolveGroupsFn extends Combine.CombineFn<DuplicateDetector.Edge, ArrayList<DuplicateDetector.Edge>, DuplicateDetector.Groups> {
    @Override
    public ArrayList<DuplicateDetector.Edge> createAccumulator() {
      return new ArrayList<>();
    }

    @Override
    public ArrayList<DuplicateDetector.Edge> addInput(ArrayList<DuplicateDetector.Edge> acc, DuplicateDetector.Edge edge) {
      acc.add(edge);
      return acc;
    }

    @Override
    public ArrayList<DuplicateDetector.Edge> mergeAccumulators(Iterable<ArrayList<DuplicateDetector.Edge>> accs) {
      ArrayList<DuplicateDetector.Edge> all = new ArrayList<>();
      accs.forEach(all::addAll);
      return all;
    }

    @Override
    public DuplicateDetector.Groups extractOutput(ArrayList<DuplicateDetector.Edge> acc) {
      return DuplicateDetector.resolve(acc);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Coder<ArrayList<DuplicateDetector.Edge>> getAccumulatorCoder(CoderRegistry registry, Coder<DuplicateDetector.Edge> input) {
      return (Coder) JavaSerializationCoder.of(ArrayList.class);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Coder<DuplicateDetector.Groups> getDefaultOutputCoder(CoderRegistry registry, Coder<DuplicateDetector.Edge> input) {
      return JavaSerializationCoder.of(DuplicateDetector.Groups.class);
    }
  }

  /**
   * The scored pairs of one shard of tonight's articles → each article's links, top k by score.
   * Only articles with at least one pair have an entry; the links travel to the articles as a side
   * input, so the articles themselves never cross a shuffle here.
   */
  static class ChooseLinksFn extends DoFn<KV<Integer, Iterable<ScoredPair>>, KV<String, List<RelatedLink>>> {
    private final int topK;
    private final double minScore;
    private final PCollectionView<DuplicateDetector.Groups> groups;

    ChooseLinksFn(int topK, double minScore, PCollectionView<DuplicateDetector.Groups> groups) {
      this.topK = topK;
      this.minScore = minScore;
      this.groups = groups;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      DuplicateDetector.Groups g = c.sideInput(groups);
      Map<String, List<ScoredPair>> byArticle = new java.util.TreeMap<>();
      for (ScoredPair p : c.element().getValue()) {
        byArticle.computeIfAbsent(p.tonightId(), k -> new ArrayList<>()).add(p);
      }
      byArticle.forEach((id, pairs) -> {
        List<RelatedLink> links = LinkSelector.select(id, pairs, g, topK, minScore);
        if (!links.isEmpty()) {
          c.output(KV.of(id, links));
        }
      });
    }
  }

  /** Each of tonight's articles with its links and, if it is a copy, its original. */
  static class AttachFn extends DoFn<AnnotatedArticle, AnnotatedArticle> {
    private final PCollectionView<Map<String, List<RelatedLink>>> links;
    private final PCollectionView<DuplicateDetector.Groups> groups;
    private final Counter processed = Counters.counter("stage_" + LinkRelatedArticles.STAGE);
    private final Counter nearDuplicates = Counters.counter("near_duplicates");
    private final Counter linked = Counters.counter("related_links");

    AttachFn(PCollectionView<Map<String, List<RelatedLink>>> links, PCollectionView<DuplicateDetector.Groups> groups) {
      this.links = links;
      this.groups = groups;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      AnnotatedArticle a = c.element();
      List<RelatedLink> chosen = c.sideInput(links).getOrDefault(a.id(), List.of());
      String original = c.sideInput(groups).originalOf(a.id());
      processed.inc();
      linked.inc(chosen.size());
      if (original != null) {
        nearDuplicates.inc();
      }
      c.output(a.withRelated(chosen, original));
    }
  }

  /** Tonight's signature, with its original if it is a copy, as one archive line keyed by id. */
  static class FormatArchiveFn extends DoFn<ArticleSignature, KV<String, String>> {
    private final PCollectionView<DuplicateDetector.Groups> groups;

    FormatArchiveFn(PCollectionView<DuplicateDetector.Groups> groups) {
      this.groups = groups;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      ArticleSignature s = c.element();
      c.output(KV.of(s.id(), ArchiveStore.toLine(s.withDuplicateOf(c.sideInput(groups).originalOf(s.id())))));
    }
  }
}
