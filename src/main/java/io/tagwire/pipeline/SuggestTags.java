package io.tagwire.pipeline;

import io.tagwire.config.TagsConfig;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.DeadLetter;
import io.tagwire.model.Json;
import io.tagwire.tagging.ArticleCandidates;
import io.tagwire.tagging.ArticleWithCandidates;
import io.tagwire.tagging.CandidateFinder;
import io.tagwire.tagging.DocumentFrequencies;
import io.tagwire.tagging.TagModels;
import io.tagwire.tagging.TagScorer;
import io.tagwire.tagging.TagSuggestionModel;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Stage {@code tags}: suggested tags for each article. Candidates are found per article; their
 * document frequencies over the whole batch (plus the archive, see {@link #SuggestTags(TagSuggestionModel,
 * PTransform)}) are counted from each document's distinct terms, as in Beam's TF-IDF example, and
 * combined into one compact {@link DocumentFrequencies} side input; then each article's
 * candidates are scored with it. Articles not in English pass through without tags. A failure on
 * one article dead-letters that article.
 */
public class SuggestTags extends PTransform<PCollection<AnnotatedArticle>, PCollectionTuple> {
  public static final String STAGE = "tags";
  private static final TupleTag<ArticleWithCandidates> CANDIDATES = new TupleTag<>() {};

  /** Key of the model in the per-JVM holder, and the settings to load it from where it is not held. */
  private final String modelKey;
  private final TagsConfig config;
  private final PTransform<PBegin, PCollection<List<String>>> archiveTerms;

  public SuggestTags(TagSuggestionModel model) {
    this(model, noArchive());
  }

  /**
   * @param archiveTerms the candidate terms of each archived article, each list distinct and with
   *     {@link DocumentFrequencies#DOCUMENT} in it once, so archived articles count in the document
   *     frequencies. This is the hook for the archive store of earlier nights.
   */
  public SuggestTags(TagSuggestionModel model, PTransform<PBegin, PCollection<List<String>>> archiveTerms) {
    this.modelKey = TagModels.register(model);
    this.config = model.config();
    this.archiveTerms = archiveTerms;
  }

  /** No archive: document frequencies over tonight's batch only. */
  public static PTransform<PBegin, PCollection<List<String>>> noArchive() {
    return new PTransform<>("No archive terms") {
      @Override
      public PCollection<List<String>> expand(PBegin input) {
        return input.apply(Create.empty(ListCoder.of(StringUtf8Coder.of())));
      }
    };
  }

  @Override
  public PCollectionTuple expand(PCollection<AnnotatedArticle> articles) {
    PCollectionTuple found = articles.apply("Find tag candidates", ParDo.of(new FindFn(modelKey, config))
        .withOutputTags(CANDIDATES, TupleTagList.of(Tags.DEAD_LETTERS)));
    PCollection<ArticleWithCandidates> withCandidates = found.get(CANDIDATES)
        .setCoder(JavaSerializationCoder.of(ArticleWithCandidates.class));

    PCollection<List<String>> batchTerms = withCandidates.apply("Candidate terms of each article",
        FlatMapElements.into(TypeDescriptors.lists(TypeDescriptors.strings())).via(TermsOf::of))
        .setCoder(ListCoder.of(StringUtf8Coder.of()));
    PCollection<List<String>> pastTerms = articles.getPipeline().apply("Archive terms", archiveTerms);
    PCollectionView<DocumentFrequencies> frequencies = PCollectionList.of(batchTerms).and(pastTerms)
        .apply("Batch and archive", Flatten.pCollections())
        .apply("Document frequencies", Combine.globally(new CountDocuments()).asSingletonView());

    PCollectionTuple scored = withCandidates.apply("Score tags", ParDo.of(new ScoreFn(modelKey, config, frequencies))
        .withSideInputs(frequencies)
        .withOutputTags(Tags.ARTICLES, TupleTagList.of(Tags.DEAD_LETTERS)));
    PCollection<DeadLetter> dead = PCollectionList.of(found.get(Tags.DEAD_LETTERS)).and(scored.get(Tags.DEAD_LETTERS))
        .apply("Tag dead letters", Flatten.pCollections());
    return PCollectionTuple.of(Tags.ARTICLES, scored.get(Tags.ARTICLES)).and(Tags.DEAD_LETTERS, dead);
  }

  /** Terms an article contributes: none if it is not in English (it has no candidates). */
  static final class TermsOf {
    private TermsOf() {}

    static List<List<String>> of(ArticleWithCandidates a) {
      if (!a.article().isEnglish()) {
        return List.of();
      }
      List<String> terms = new ArrayList<>(a.candidates().terms());
      terms.add(DocumentFrequencies.DOCUMENT);
      return List.of(terms);
    }
  }

  static DeadLetter deadLetter(AnnotatedArticle a, Exception e) {
    return DeadLetter.of(a.source(), STAGE, "stage-failed", null, STAGE + " failed: " + e, a.id(), Json.write(a.article()));
  }

  static class FindFn extends DoFn<AnnotatedArticle, ArticleWithCandidates> {
    private final String modelKey;
    private final TagsConfig config;
    private transient CandidateFinder finder;

    FindFn(String modelKey, TagsConfig config) {
      this.modelKey = modelKey;
      this.config = config;
    }

    @Setup
    public void setup() {
      finder = TagModels.get(modelKey, config).finder();
    }

    @ProcessElement
    public void process(@Element AnnotatedArticle article, MultiOutputReceiver out) {
      ArticleCandidates candidates;
      try {
        candidates = article.isEnglish() ? finder.find(article) : new ArticleCandidates(article.id(), 0, List.of());
      } catch (Exception | StackOverflowError e) {
        out.get(Tags.DEAD_LETTERS).output(deadLetter(article, e instanceof Exception x ? x : new RuntimeException(e)));
        return;
      }
      out.get(CANDIDATES).output(new ArticleWithCandidates(article, candidates));
    }
  }

  static class ScoreFn extends DoFn<ArticleWithCandidates, AnnotatedArticle> {
    private final String modelKey;
    private final TagsConfig config;
    private final PCollectionView<DocumentFrequencies> frequencies;
    private final Counter processed = Counters.counter("stage_" + STAGE);
    private transient TagScorer scorer;

    ScoreFn(String modelKey, TagsConfig config, PCollectionView<DocumentFrequencies> frequencies) {
      this.modelKey = modelKey;
      this.config = config;
      this.frequencies = frequencies;
    }

    @Setup
    public void setup() {
      scorer = TagModels.get(modelKey, config).scorer();
    }

    @ProcessElement
    public void process(@Element ArticleWithCandidates in, MultiOutputReceiver out, ProcessContext context) {
      AnnotatedArticle article = in.article();
      AnnotatedArticle result;
      try {
        result = article.withSuggestedTags(article.isEnglish()
            ? scorer.score(in.candidates(), context.sideInput(frequencies)) : List.of());
      } catch (Exception e) {
        out.get(Tags.DEAD_LETTERS).output(deadLetter(article, e));
        return;
      }
      processed.inc();
      out.get(Tags.ARTICLES).output(result);
    }
  }

  /**
   * Counts, for each term, the documents (term lists) that have it, into one compact object. One
   * global combine rather than {@code Count.perElement}: Beam pre-combines within each bundle, so
   * no shuffle per term is needed (a keyed count over tens of thousands of terms costs the
   * DirectRunner minutes), and the accumulator is one map of the batch's distinct terms.
   */
  static final class CountDocuments extends Combine.CombineFn<List<String>, Map<String, Long>, DocumentFrequencies> {
    @Override
    public Map<String, Long> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public Map<String, Long> addInput(Map<String, Long> acc, List<String> terms) {
      for (String t : terms) {
        acc.merge(t, 1L, Long::sum);
      }
      return acc;
    }

    @Override
    public Map<String, Long> mergeAccumulators(Iterable<Map<String, Long>> accs) {
      Map<String, Long> merged = null;
      for (Map<String, Long> a : accs) {
        if (merged == null) {
          merged = a; // Beam lets the first accumulator be reused
        } else {
          for (Map.Entry<String, Long> e : a.entrySet()) {
            merged.merge(e.getKey(), e.getValue(), Long::sum);
          }
        }
      }
      return merged == null ? createAccumulator() : merged;
    }

    @Override
    public DocumentFrequencies extractOutput(Map<String, Long> acc) {
      return DocumentFrequencies.fromCounts(acc);
    }

    @Override
    public Coder<Map<String, Long>> getAccumulatorCoder(CoderRegistry registry, Coder<List<String>> input) {
      return MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    }

    @Override
    public Coder<DocumentFrequencies> getDefaultOutputCoder(CoderRegistry registry, Coder<List<String>> input) {
      return JavaSerializationCoder.of(DocumentFrequencies.class);
    }
  }
}
