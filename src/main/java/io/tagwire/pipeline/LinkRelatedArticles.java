package io.tagwire.pipeline;

import io.tagwire.config.ConfigException;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.RelatedLink;
import io.tagwire.related.ArchiveStore;
import io.tagwire.related.ArticleSignature;
import io.tagwire.related.CandidateIndex;
import io.tagwire.related.DuplicateDetector;
import io.tagwire.related.RelatedSettings;
import io.tagwire.related.ScoredPair;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Keys;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Stage {@code related}: links each of tonight's articles to related articles of the batch and the
 * archive, flags exact and near-duplicate copies, and writes tonight's archive partition. The
 * logic is plain Java in {@code io.tagwire.related}; this is the wiring, in the order of
 * {@code docs/related.md}:
 *
 * <ol>
 *   <li>describe tonight's articles as signatures; read the archive's (all nights but tonight's);</li>
 *   <li>count document frequencies over both (a side input, like Beam's TfIdf example);</li>
 *   <li>post tonight's articles under all their keys and archive articles under the keys tonight
 *       queries, group by key, let each capped posting list propose candidates to the articles
 *       querying it, keep each article's best candidates;</li>
 *   <li>fetch the candidates' signatures (archive filtered to the candidate ids) and score every pair exactly;</li>
 *   <li>group verified duplicate pairs into copies of one original (one small global step);</li>
 *   <li>choose each article's top-k links and attach links and {@code duplicateOf}.</li>
 * </ol>
 */
public class LinkRelatedArticles extends PTransform<PCollection<AnnotatedArticle>, PCollectionTuple> {
  public static final String STAGE = "related";
  /** Sub-folder of the run's work folder that holds tonight's partition until the run succeeds. */
  public static final String PARTITION_DIR = "archive-partition";

  static final TupleTag<ArticleSignature> SIGNATURES = new TupleTag<>() {};
  static final TupleTag<AnnotatedArticle> DESCRIBED = new TupleTag<>() {};

  private final RelatedSettings settings;
  private final String runDate;
  private final List<String> archiveFiles;
  private final String partitionDir;

  /**
   * @param archiveFiles record files of earlier partitions to read (may be empty)
   * @param partitionDir folder to write tonight's partition into, or null for none
   */
  public LinkRelatedArticles(RelatedSettings settings, String runDate, List<String> archiveFiles, String partitionDir) {
    this.settings = settings;
    this.runDate = runDate;
    this.archiveFiles = List.copyOf(archiveFiles);
    this.partitionDir = partitionDir;
  }

  /** The stage as a run plans it: the archive of the pipeline file or {@code --archive}, if any. */
  public static LinkRelatedArticles forPlan(RunPlan plan) {
    RelatedSettings settings = RelatedSettings.load(plan.config().related());
    if (plan.archiveDir() == null) {
      return new LinkRelatedArticles(settings, plan.runDate(), List.of(), null);
    }
    try {
      Path archive = Path.of(plan.archiveDir());
      ArchiveStore.repair(archive);
      List<String> files = ArchiveStore.partitionFiles(archive, plan.runDate()).stream().map(Path::toString).toList();
      return new LinkRelatedArticles(settings, plan.runDate(), files, Path.of(plan.workDir(), PARTITION_DIR).toString());
    } catch (IOException e) {
      throw new ConfigException(plan.archiveDir() + ": cannot read the archive: " + e.getMessage(), e);
    }
  }

  static void registerCoders(CoderRegistry registry) {
    registry.registerCoderForClass(ArticleSignature.class, RelatedCoders.SignatureCoder.INSTANCE);
    registry.registerCoderForClass(CandidateIndex.Posting.class, RelatedCoders.PostingCoder.INSTANCE);
    registry.registerCoderForClass(CandidateIndex.Proposal.class, RelatedCoders.ProposalCoder.INSTANCE);
    registry.registerCoderForClass(ScoredPair.class, RelatedCoders.ScoredPairCoder.INSTANCE);
    registry.registerCoderForClass(DuplicateDetector.Edge.class, JavaSerializationCoder.of(DuplicateDetector.Edge.class));
    registry.registerCoderForClass(DuplicateDetector.Groups.class, JavaSerializationCoder.of(DuplicateDetector.Groups.class));
    registry.registerCoderForClass(AnnotatedArticle.class, JavaSerializationCoder.of(AnnotatedArticle.class));
  }

  @Override
  public PCollectionTuple expand(PCollection<AnnotatedArticle> articles) {
    Pipeline p = articles.getPipeline();
    registerCoders(p.getCoderRegistry());
    var config = settings.config();
    var bands = settings.bands();
    RelatedShards shards = RelatedShards.forOptions(p.getOptions());

    // 1. Signatures of tonight's articles and of the archive.
    PCollectionTuple described = articles
        .apply("Describe articles", ParDo.of(new RelatedFns.DescribeFn(settings, runDate))
            .withOutputTags(SIGNATURES, TupleTagList.of(DESCRIBED).and(Tags.DEAD_LETTERS)));
    PCollection<ArticleSignature> tonight = described.get(SIGNATURES);
    PCollection<ArticleSignature> archive = PBegin.in(p).apply("Read archive", new ReadArchive(archiveFiles));

    // 2. Document frequencies over batch + archive (one map: a few hundred thousand keys at most).
    PCollection<ArticleSignature> everything = PCollectionList.of(tonight).and(archive).apply("Batch and archive", Flatten.pCollections());
    PCollectionView<Map<String, Long>> frequencies = everything
        .apply("Count document frequencies", Combine.globally(new RelatedFns.CountKeysFn()).asSingletonView());
    PCollectionView<Long> documents = everything
        .apply("Count documents", Count.globally())
        .apply("Documents view", View.asSingleton());

    // 3. Candidates: tonight's query keys against capped posting lists. Postings travel in a fixed
    //    number of shards rather than one group per key (most band keys are singletons, and a
    //    group per key costs runners far more than the few postings in it).
    PCollectionView<Set<String>> queryKeys = tonight
        .apply("Query keys", ParDo.of(new RelatedFns.QueryKeysFn(bands, config.queryTerms(), frequencies, documents))
            .withSideInputs(frequencies, documents))
        .apply("Queried keys", Combine.globally(new RelatedFns.KeySetFn()).asSingletonView());
    PCollection<KV<Integer, KV<String, CandidateIndex.Posting>>> tonightPostings = tonight
        .apply("Post tonight", ParDo.of(new RelatedFns.PostFn(bands, true, config.queryTerms(), shards, frequencies, documents, queryKeys))
            .withSideInputs(frequencies, documents, queryKeys));
    PCollection<KV<Integer, KV<String, CandidateIndex.Posting>>> archivePostings = archive
        .apply("Post archive under queried keys", ParDo.of(new RelatedFns.PostFn(bands, false, config.queryTerms(), shards, frequencies, documents, queryKeys))
            .withSideInputs(frequencies, documents, queryKeys));
    PCollection<KV<String, String>> candidatePairs = PCollectionList.of(tonightPostings).and(archivePostings)
        .apply("All postings", Flatten.pCollections())
        .apply("Group postings by shard", GroupByKey.create())
        .apply("Propose candidates", ParDo.of(new RelatedFns.ProposeFn(config.maxPosting(), settings.scorer().weights(), shards)))
        .apply("Group proposals by article", GroupByKey.create())
        .apply("Keep best candidates", ParDo.of(new RelatedFns.SelectCandidatesFn(config.maxCandidates(), settings.scorer().weights())));

    // 4. Exact scores: only the candidates' signatures are fetched from the archive.
    PCollectionView<Set<String>> neededIds = candidatePairs
        .apply("Candidate ids", Keys.create())
        .apply("Candidate id set", Combine.globally(new RelatedFns.KeySetFn()).asSingletonView());
    PCollection<KV<Integer, ArticleSignature>> candidateArchive = archive
        .apply("Fetch candidates from archive", ParDo.of(new RelatedFns.KeepNeededFn(neededIds, shards)).withSideInputs(neededIds));
    PCollection<KV<Integer, ArticleSignature>> tonightByShard = tonight
        .apply("Shard tonight", WithKeys.of((ArticleSignature s) -> shards.ofId(s.id())).withKeyType(TypeDescriptors.integers()));
    PCollectionView<Map<String, ArticleSignature>> tonightView = tonight
        .apply("Key tonight by id", WithKeys.of((ArticleSignature s) -> s.id()).withKeyType(TypeDescriptors.strings()))
        .apply("Tonight view", View.asMap());
    PCollection<KV<Integer, ArticleSignature>> others = PCollectionList.of(tonightByShard).and(candidateArchive)
        .apply("Candidate signatures", Flatten.pCollections());
    PCollection<KV<Integer, KV<String, String>>> pairsByShard = candidatePairs
        .apply("Shard candidate pairs", WithKeys.of((KV<String, String> kv) -> shards.ofId(kv.getKey()))
            .withKeyType(TypeDescriptors.integers()));
    PCollection<KV<Integer, ScoredPair>> scored = KeyedPCollectionTuple
        .of(RelatedFns.OTHERS, others)
        .and(RelatedFns.PAIRS, pairsByShard)
        .apply("Join candidates", CoGroupByKey.create())
        .apply("Score pairs", ParDo.of(new RelatedFns.ScoreFn(settings, tonightView, frequencies, documents, shards))
            .withSideInputs(tonightView, frequencies, documents));

    // 5. Copies of one original.
    PCollectionView<DuplicateDetector.Groups> groups = scored
        .apply("Duplicate pairs", ParDo.of(new RelatedFns.DuplicateEdgesFn()))
        .apply("Group copies", Combine.globally(new RelatedFns.ResolveGroupsFn()).asSingletonView());

    // 6. Top-k links, attached with duplicateOf. The links (a few per article) go to the articles
    //    as a side input, so the annotated articles (bodies, tokens, entities) never cross a
    //    shuffle in this stage: on a cluster that is network traffic saved; on one machine a
    //    1,000-article run took the same time as with a join, with byte-identical output.
    PCollectionView<Map<String, List<RelatedLink>>> links = scored
        .apply("Group scores by shard", GroupByKey.create())
        .apply("Choose links", ParDo.of(new RelatedFns.ChooseLinksFn(config.topK(), config.minScore(), groups)).withSideInputs(groups))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ListCoder.of(JavaSerializationCoder.of(RelatedLink.class))))
        .apply("Links view", View.asMap());
    PCollection<AnnotatedArticle> linked = described.get(DESCRIBED)
        .apply("Attach links", ParDo.of(new RelatedFns.AttachFn(links, groups)).withSideInputs(links, groups));

    if (partitionDir != null) {
      tonight
          .apply("Format archive records", ParDo.of(new RelatedFns.FormatArchiveFn(groups)).withSideInputs(groups))
          .apply("Write archive partition", new WriteSortedLines(partitionDir, ArchiveStore.FILE_PREFIX, 1));
    }
    return PCollectionTuple.of(Tags.ARTICLES, linked).and(Tags.DEAD_LETTERS, described.get(Tags.DEAD_LETTERS));
  }
}
