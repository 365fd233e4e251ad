package io.tagwire.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.config.TagsConfig;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.EditorDecision;
import io.tagwire.model.Json;
import io.tagwire.model.TagSuggestion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run, editors' decisions on it, and the next run, which must differ the way the decisions say. */
class FeedbackRunTest {
  @TempDir
  Path dir;

  private static final String MICROSOFT_BODY = "Microsoft said on Thursday it had cut off Azure cloud services used by "
      + "Unit 8200, the Israeli military intelligence unit, after a review found mass surveillance of Palestinians "
      + "in the West Bank.\n\nMicrosoft's president, Brad Smith, wrote to staff that Microsoft does not provide technology "
      + "for mass surveillance. Microsoft had hired a law firm for the review of Azure. Schools were not affected.";
  private static final String SCHOOLS_BODY = "Schools in Nairobi reopened on Monday after a strike by teachers ended.\n\n"
      + "The schools had been closed for two weeks. Parents said schools should never close for so long.";
  private static final String SMITH_BODY = "Brad Smith told lawmakers in Washington that cloud companies must check how "
      + "their services are used.\n\nBrad Smith said reviews would continue.";

  private List<AnnotatedArticle> batch() {
    return List.of(
        Articles.article("a1", "Microsoft cuts off Azure services to Israeli military unit", MICROSOFT_BODY),
        Articles.article("a2", "Nairobi schools reopen after teachers strike", SCHOOLS_BODY),
        Articles.article("a3", "Brad Smith urges checks on cloud use", SMITH_BODY));
  }

  private TagsConfig config() throws Exception {
    Path vocabulary = dir.resolve("vocabulary.tsv");
    Files.writeString(vocabulary, String.join("\n", Vocabulary.HEADER, "Microsoft\torganisation\t\t", "Azure\tproduct\t\t",
        "Unit 8200\torganisation\t\t", "West Bank\tplace\t\t", "Schools\ttopic\t\t", "Nairobi\tplace\t\t") + "\n");
    return TagsConfig.defaults().withVocabulary(vocabulary.toString()).withPriors(dir.resolve("priors.tsv").toString())
        .withFeedback(dir.resolve("feedback/decisions.jsonl").toString());
  }

  private Map<String, Map<String, TagSuggestion>> run(TagsConfig config, PrintStream warnings) {
    TagSuggester suggester = new TagSuggester(TagSuggestionModel.load(config, warnings));
    return suggester.suggest(batch(), List.of()).stream().collect(Collectors.toMap(
        AnnotatedArticle::id,
        a -> a.suggestedTags().stream().collect(Collectors.toMap(TagSuggestion::tag, Function.identity()))));
  }

  private static void append(Path file, EditorDecision... decisions) throws Exception {
    Files.createDirectories(file.getParent());
    StringBuilder sb = new StringBuilder();
    for (EditorDecision d : decisions) {
      sb.append(Json.write(d)).append('\n');
    }
    Files.writeString(file, sb, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  private static EditorDecision decision(String article, String tag, String decision, String reason, String type, String wording) {
    return new EditorDecision(article, tag, decision, reason, type, wording, "sam", "2026-11-25T08:00:00Z", "run-1");
  }

  @Test
  void theNextRunAppliesTheEditorsDecisions() throws Exception {
    TagsConfig config = config();
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(warnings, true, StandardCharsets.UTF_8);

    Map<String, Map<String, TagSuggestion>> first = run(config, err);
    assertThat(first.get("a1")).containsKeys("Microsoft", "Azure", "Unit 8200");
    assertThat(first.get("a1").get("Microsoft").band()).isEqualTo(BandPolicy.PRIMARY);
    assertThat(first.get("a1")).doesNotContainKey("Brad Smith");
    assertThat(first.get("a2")).containsKey("Schools");
    assertThat(first.get("a3").get("Brad Smith").known()).isFalse();
    assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();

    Path feedback = Path.of(config.feedback());
    append(feedback,
        decision("a1", "Microsoft", "accepted", null, null, null),
        decision("a1", "Unit 8200", "rejected", "wrong", null, null),
        decision("a1", "Brad Smith", "added", null, "person", "Microsoft's president"),
        decision("a2", "Schools", "rejected", "marginal", null, null));
    Files.writeString(feedback, "{\"articleId\": \"a9\", \"decision\": \"accepted\"}\n", StandardOpenOption.APPEND);

    Map<String, Map<String, TagSuggestion>> second = run(config, err);
    // rejected on this article: gone
    assertThat(second.get("a1")).doesNotContainKey("Unit 8200");
    assertThat(second.get("a2")).doesNotContainKey("Schools");
    // added on this article: suggested, from feedback
    TagSuggestion smith = second.get("a1").get("Brad Smith");
    assertThat(smith.source()).isEqualTo(TagCandidate.FEEDBACK);
    assertThat(smith.band()).isEqualTo(BandPolicy.PRIMARY);
    assertThat(smith.type()).isEqualTo("person");
    // added tags join the vocabulary: another article naming him now gets the known tag
    assertThat(second.get("a3").get("Brad Smith").known()).isTrue();
    assertThat(second.get("a3").get("Brad Smith").source()).isEqualTo(TagCandidate.VOCABULARY);
    // accepted: kept, a little stronger, and says why
    assertThat(second.get("a1").get("Microsoft").score()).isGreaterThanOrEqualTo(first.get("a1").get("Microsoft").score());
    assertThat(second.get("a1").get("Microsoft").reasons()).contains("accepted by an editor on this article");
    // the bad line is reported with file and line, and the run goes on
    assertThat(warnings.toString(StandardCharsets.UTF_8)).contains(feedback + ":5: field 'tag'")
        .contains("skipped 1 bad line of editor feedback");
  }

  @Test
  void aTagRejectedElsewhereLosesScoreButIsNotKilled() throws Exception {
    TagsConfig config = config();
    Map<String, Map<String, TagSuggestion>> first = run(config, null);
    double before = first.get("a1").get("Azure").score();
    append(Path.of(config.feedback()), decision("a2", "Azure", "rejected", "wrong", null, null));
    Map<String, Map<String, TagSuggestion>> second = run(config, null);
    TagSuggestion azure = second.get("a1").get("Azure");
    assertThat(azure).isNotNull();
    assertThat(azure.score()).isLessThan(before);
    assertThat(azure.reasons()).contains("editors kept it 0, rejected it 1 time");
  }
}
