package io.tagwire.pipeline;

import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.DeadLetter;
import io.tagwire.model.Json;
import io.tagwire.tagging.ArticleCandidates;
import io.tagwire.tagging.ArticleWithCandidates;
import io.tagwire.tagging.CandidateFinder;
import io.tagwire.tagging.DocumentFrequencies;
import io.tagwire.tagging.TagScorer;
import io.tagwire.tagging.TagSuggestionModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
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
 * Stage {@code tags}: suggested tags for each article. Candidates are found per article; their
 * document frequencies over the whole batch (plus the archive, see {@link #archiveTerms}) are
 * counted like Beam's TF-IDF example (distinct terms per document, {@code Count.perElement}) and
 * combined into one compact {@link DocumentFrequencies} side input; then each article's
 * candidates are scored with it. Articles not in English pass through without tags. A failure on
 * one article dead-letters that article.
 */
public class SuggestTags extends PTransform<PCollection<AnnotatedArticle>, PCollectionTuple> {
  public static final String STAGE = "tags";
  private static final TupleTag<ArticleWithCandidates> CANDIDATES = new TupleTag<>() {};

  private final TagSuggestionModel model;
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
    this.model = model;
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
    PCollectionTuple found = articles.apply("Find tag candidates", ParDo.of(new FindFn(model))
        .withOutputTags(CANDIDATES, TupleTagList.of(Tags.DEAD_LETTERS)));
    PCollection<ArticleWithCandidates> withCandidates = found.get(CANDIDATES)
        .setCoder(JavaSerializationCoder.of(ArticleWithCandidates.class));

    PCollection<List<String>> batchTerms = withCandidates.apply("Candidate terms of each article",
        FlatMapElements.into(TypeDescriptors.lists(TypeDescriptors.strings())).via(TermsOf::of))
        .setCoder(ListCoder.of(StringUtf8Coder.of()));
    PCollection<List<String>> pastTerms = articles.getPipeline().apply("Archive terms", archiveTerms);
    PCollectionView<DocumentFrequencies> frequencies = PCollectionList.of(batchTerms).and(pastTerms)
        .apply("Batch and archive", Flatten.pCollections())
        .apply("Terms", FlatMapElements.into(TypeDescriptors.strings()).via((List<String> terms) -> terms))
        .apply("Count documents per term", Count.perElement())
        .apply("Document frequencies", Combine.globally(new Compact()).asSingletonView());

    PCollectionTuple scored = withCandidates.apply("Score tags", ParDo.of(new ScoreFn(model, frequencies))
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
    private final TagSuggestionModel model;
    private transient CandidateFinder finder;

    FindFn(TagSuggestionModel model) {
      this.model = model;
    }

    @Setup
    public void setup() {
      finder = model.finder();
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
    private final TagSuggestionModel model;
    private final PCollectionView<DocumentFrequencies> frequencies;
    private final Counter processed = Counters.counter("stage_" + STAGE);
    private transient TagScorer scorer;

    ScoreFn(TagSuggestionModel model, PCollectionView<DocumentFrequencies> frequencies) {
      this.model = model;
      this.frequencies = frequencies;
    }

    @Setup
    public void setup() {
      scorer = model.scorer();
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

  /** Counts per term into one compact object; only counts of two or more are kept (see DocumentFrequencies). */
  static final class Compact extends Combine.CombineFn<KV<String, Long>, Map<String, Long>, DocumentFrequencies> {
    @Override
    public Map<String, Long> createAccumulator() {
      return new TreeMap<>();
    }

    @Override
    public Map<String, Long> addInput(Map<String, Long> acc, KV<String, Long> in) {
      if (in.getValue() > 1 || DocumentFrequencies.DOCUMENT.equals(in.getKey())) {
        acc.merge(in.getKey(), in.getValue(), Long::sum);
      }
      return acc;
    }

    @Override
    public Map<String, Long> mergeAccumulators(Iterable<Map<String, Long>> accs) {
      Map<String, Long> merged = new TreeMap<>();
      for (Map<String, Long> a : accs) {
        a.forEach((k, v) -> merged.merge(k, v, Long::sum));
      }
      return merged;
    }

    @Override
    public DocumentFrequencies extractOutput(Map<String, Long> acc) {
      return DocumentFrequencies.fromCounts(acc);
    }

    @Override
    public Coder<Map<String, Long>> getAccumulatorCoder(CoderRegistry registry, Coder<KV<String, Long>> input) {
      return MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    }

    @Override
    public Coder<DocumentFrequencies> getDefaultOutputCoder(CoderRegistry registry, Coder<KV<String, Long>> input) {
      return JavaSerializationCoder.of(DocumentFrequencies.class);
    }
  }
}
