package io.tagwire.pipeline;

import static org.junit.Assert.assertTrue;

import io.tagwire.config.TagsConfig;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.Article;
import io.tagwire.model.LanguageInfo;
import io.tagwire.model.SourceRef;
import io.tagwire.model.TagSuggestion;
import io.tagwire.nlp.SentenceTokenizer;
import io.tagwire.tagging.DocumentFrequencies;
import io.tagwire.tagging.EditorFeedback;
import io.tagwire.tagging.TagSuggester;
import io.tagwire.tagging.TagSuggestionModel;
import io.tagwire.tagging.TagText;
import io.tagwire.tagging.TagType;
import io.tagwire.tagging.Vocabulary;
import io.tagwire.tagging.VocabularyEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;

/** The tags stage on Beam: same suggestions as the in-process suggester, document frequencies over the batch and archive. */
public class SuggestTagsTest {
  @Rule
  public final transient TestPipeline p = TestPipeline.create();

  private static final SentenceTokenizer TOKENIZER = new SentenceTokenizer();

  private static AnnotatedArticle article(String id, String title, String body, String language) {
    Article a = new Article(id, title, body, null, null, null, null, null, null, List.of(), List.of(), null);
    return AnnotatedArticle.of(a, new SourceRef("t.jsonl", 1), id).withLanguage(new LanguageInfo(language, 0.99, null))
        .withText(TOKENIZER.analyse(title), TOKENIZER.analyse(body));
  }

  private static final List<AnnotatedArticle> BATCH = List.of(
      article("a1", "Microsoft cuts off Azure services to Israeli unit",
          "Microsoft said it had cut off Azure services used for mass surveillance in the West Bank.\n\n"
              + "Microsoft's review found that mass surveillance data was stored on Azure.", "en"),
      article("a2", "Mass surveillance law passes in Paris",
          "A mass surveillance law passed in Paris on Tuesday. Critics said mass surveillance would grow.", "en"),
      article("a3", "Schools reopen in Nairobi", "Schools in Nairobi reopened on Monday. Parents welcomed the schools.", "en"),
      article("a4", "Les écoles rouvrent", "Les écoles de Paris rouvrent lundi après la grève des enseignants.", "fr"));

  private static final TagSuggestionModel MODEL = TagSuggestionModel.of(TagsConfig.defaults(), Vocabulary.of(List.of(
      new VocabularyEntry("Microsoft", TagType.ORGANISATION, List.of(), ""),
      new VocabularyEntry("Azure", TagType.PRODUCT, List.of(), ""),
      new VocabularyEntry("West Bank", TagType.PLACE, List.of(), ""),
      new VocabularyEntry("Nairobi", TagType.PLACE, List.of(), ""))), EditorFeedback.none());

  private static String render(AnnotatedArticle a) {
    return a.id() + " " + a.suggestedTags().stream()
        .map(t -> t.tag() + "=" + t.score() + "/" + t.band() + "/" + String.join(";", t.reasons()))
        .collect(Collectors.joining(" | "));
  }

  @Test
  public void givesWhatTheInProcessSuggesterGivesWithBatchFrequencies() {
    NightlyPipeline.registerCoders(p);
    List<String> expected = new TagSuggester(MODEL).suggest(BATCH, List.of()).stream().map(SuggestTagsTest::render).toList();
    assertTrue(expected.get(0).contains("Microsoft="));
    assertTrue(expected.get(3).equals("a4 "));

    PCollectionTuple out = p.apply(Create.of(BATCH)).apply(new SuggestTags(MODEL));
    PAssert.that(out.get(Tags.ARTICLES).apply(MapElements.into(TypeDescriptors.strings()).via(SuggestTagsTest::render)))
        .containsInAnyOrder(expected);
    PAssert.that(out.get(Tags.DEAD_LETTERS)).empty();
    p.run().waitUntilFinish();
  }

  @Test
  public void archivedArticlesCountInTheDocumentFrequencies() {
    NightlyPipeline.registerCoders(p);
    List<List<String>> archived = List.of(
        List.of(DocumentFrequencies.DOCUMENT, TagText.collapseKey("mass surveillance")),
        List.of(DocumentFrequencies.DOCUMENT, TagText.collapseKey("Paris")));
    PTransform<PBegin, PCollection<List<String>>> archive = new PTransform<>() {
      @Override
      public PCollection<List<String>> expand(PBegin input) {
        return input.apply(Create.of(archived).withCoder(ListCoder.of(StringUtf8Coder.of())));
      }
    };
    List<List<String>> extra = new ArrayList<>();
    archived.forEach(t -> extra.add(t.subList(1, t.size())));
    List<String> expected = new TagSuggester(MODEL).suggest(BATCH, extra).stream().map(SuggestTagsTest::render).toList();
    assertTrue(expected.get(1), expected.get(1).contains("Paris=") && expected.get(1).contains("keyphrase in 2 of 5 articles"));

    PCollectionTuple out = p.apply(Create.of(BATCH)).apply(new SuggestTags(MODEL, archive));
    PAssert.that(out.get(Tags.ARTICLES).apply(MapElements.into(TypeDescriptors.strings()).via(SuggestTagsTest::render)))
        .containsInAnyOrder(expected);
    p.run().waitUntilFinish();
  }

  @Test
  public void suggestionsAreSortedByScoreThenTag() {
    for (AnnotatedArticle a : new TagSuggester(MODEL).suggest(BATCH, List.of())) {
      List<TagSuggestion> s = a.suggestedTags();
      for (int i = 1; i < s.size(); i++) {
        assertTrue(s.get(i - 1).score() > s.get(i).score()
            || s.get(i - 1).score() == s.get(i).score() && s.get(i - 1).tag().compareTo(s.get(i).tag()) < 0);
      }
    }
  }
}
