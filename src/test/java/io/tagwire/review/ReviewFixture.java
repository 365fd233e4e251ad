package io.tagwire.review;

import io.tagwire.model.EnrichedArticle;
import io.tagwire.model.Entity;
import io.tagwire.model.EntityType;
import io.tagwire.model.Json;
import io.tagwire.model.Label;
import io.tagwire.model.LanguageInfo;
import io.tagwire.model.RelatedLink;
import io.tagwire.model.Span;
import io.tagwire.model.TagSuggestion;
import io.tagwire.model.TextStats;
import io.tagwire.pipeline.RunSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A hand-written run output folder: four enriched records (suggestions in every band, entities
 * with body and title spans, a duplicate, related links) and one article whose headline, body,
 * tag, entity, url and related title carry script and onerror payloads. Spans are computed from
 * the text, so they are exact by construction.
 */
final class ReviewFixture {
  static final String RUN_ID = "2026-11-28-3f9a1c";
  static final String TECH = "art-001";
  static final String GAZA = "art-002";
  static final String XSS = "art-003";
  static final String DUP = "art-004";

  static final String XSS_SCRIPT = "<script>window.__xss=1</script>";
  static final String XSS_IMG = "<img src=x onerror=\"window.__xss=1\">";
  static final String XSS_TITLE = "Council vote " + XSS_SCRIPT + " ends in uproar " + XSS_IMG;
  static final String XSS_TAG = "<img src=x onerror=window.__xss=1>";

  private ReviewFixture() {}

  /** Writes the run folder and a tag vocabulary; returns the run folder. */
  static Path write(Path root) throws IOException {
    Path run = root.resolve("run");
    Files.createDirectories(run);
    List<String> lines = new ArrayList<>();
    for (EnrichedArticle a : articles()) {
      lines.add(Json.write(a));
    }
    Files.write(run.resolve("enriched-00000-of-00002.jsonl"), lines.subList(0, 2), StandardCharsets.UTF_8);
    Files.write(run.resolve("enriched-00001-of-00002.jsonl"), lines.subList(2, 4), StandardCharsets.UTF_8);
    Files.writeString(run.resolve("summary.json"), Json.write(summary()), StandardCharsets.UTF_8);
    Files.writeString(run.resolve("dead-letter-00000-of-00001.jsonl"),
        "{\"file\":\"in.jsonl\",\"line\":7,\"stage\":\"parse\",\"reason\":\"missingBody\",\"message\":\"no body\"}\n", StandardCharsets.UTF_8);
    Files.writeString(run.resolve("duplicates-00000-of-00001.jsonl"),
        "{\"id\":\"art-002\",\"file\":\"in.jsonl\",\"line\":9,\"keptFile\":\"in.jsonl\",\"keptLine\":2,\"reason\":\"sameId\"}\n", StandardCharsets.UTF_8);
    // A file in the run folder the server must never hand out.
    Files.writeString(run.resolve("secret.txt"), "not for the browser", StandardCharsets.UTF_8);
    return run;
  }

  static Path writeVocabulary(Path root) throws IOException {
    Path vocab = root.resolve("vocabulary.tsv");
    Files.writeString(vocab, String.join("\n",
        "tag\ttype\taliases\thints",
        "Cloud computing\ttopic\tcloud|cloud services\tAzure|AWS",
        "Microsoft\torganization\tMSFT\t",
        "Gaza\tplace\tGaza Strip\t",
        "Climate change\ttopic\tglobal warming\t") + "\n", StandardCharsets.UTF_8);
    return vocab;
  }

  static List<EnrichedArticle> articles() {
    return List.of(tech(), gaza(), xss(), duplicate());
  }

  private static EnrichedArticle tech() {
    String title = "Microsoft names Satya Nadella to lead new AI unit";
    String body = "Microsoft said on Tuesday that Satya Nadella will lead a new artificial intelligence unit "
        + "based in Redmond.\n\nThe unit will build on Azure, Microsoft's cloud platform, and report directly to Nadella.\n\n"
        + "Analysts said the move puts Microsoft ahead of rivals in the race to sell AI services to businesses.";
    List<Entity> entities = List.of(
        entity("Microsoft", EntityType.ORGANIZATION, 0.42, body, title, "Microsoft"),
        entity("Satya Nadella", EntityType.PERSON, 0.33, body, title, "Satya Nadella", "Nadella"),
        entity("Redmond", EntityType.LOCATION, 0.08, body, title, "Redmond"),
        entity("Azure", EntityType.MISC, 0.1, body, title, "Azure"));
    List<TagSuggestion> tags = List.of(
        tag("Microsoft", "organization", 0.93, "primary", "entity", true, "in headline", "3 mentions"),
        tag("Satya Nadella", "person", 0.81, "primary", "entity", false, "in headline", "2 mentions"),
        tag("Artificial intelligence", "topic", 0.52, "significant", "keyphrase", true, "keyphrase 'artificial intelligence'"),
        tag("Azure", "product", 0.41, "significant", "entity", false, "1 mention", "first paragraph"),
        tag("Redmond", "place", 0.18, "peripheral", "entity", true, "1 mention"));
    return article(TECH, title, body, "Technology", "2026-11-27T21:05:00Z", entities,
        List.of(new Label("Technology", 0.78), new Label("Business", 0.19)),
        List.of(new Label("United States", 0.71, List.of("Redmond"))), tags,
        List.of(new RelatedLink(DUP, "Aid trucks reach Gaza", null, "2026-11-27", 0.31, List.of("Gaza"))), null);
  }

  private static EnrichedArticle gaza() {
    String title = "Aid convoy reaches Gaza as talks resume in Cairo";
    String body = "An aid convoy organised by the United Nations reached Gaza on Wednesday, officials said, as ceasefire "
        + "talks resumed in Cairo.\n\nThe United Nations said 40 trucks carried food and medicine into the Gaza Strip.";
    List<Entity> entities = List.of(
        entity("Gaza", EntityType.LOCATION, 0.45, body, title, "Gaza"),
        entity("United Nations", EntityType.ORGANIZATION, 0.3, body, title, "United Nations"),
        entity("Cairo", EntityType.LOCATION, 0.12, body, title, "Cairo"));
    List<TagSuggestion> tags = List.of(
        tag("Gaza", "place", 0.88, "primary", "entity", true, "in headline", "3 mentions"),
        tag("Humanitarian aid", "topic", 0.64, "primary", "keyphrase", false, "keyphrase 'aid convoy'"),
        tag("United Nations", "organization", 0.47, "significant", "entity", true, "2 mentions"),
        tag("Cairo", "place", 0.22, "peripheral", "entity", true, "1 mention"));
    return article(GAZA, title, body, "World", "2026-11-27T18:40:00Z", entities,
        List.of(new Label("World", 0.83)),
        List.of(new Label("Palestine", 0.81, List.of("Gaza", "Gaza Strip")), new Label("Egypt", 0.4, List.of("Cairo"))),
        tags, List.of(new RelatedLink(DUP, "Aid trucks reach Gaza", null, "2026-11-27", 0.92, List.of("Gaza", "United Nations"))), null);
  }

  private static EnrichedArticle xss() {
    String body = "Residents said the council " + XSS_SCRIPT + " vote was rushed.\n\n"
        + "One placard read " + XSS_IMG + " and another <b>bold</b> &amp; proud.";
    List<Entity> entities = List.of(
        new Entity("Council " + XSS_IMG, EntityType.ORGANIZATION, 0.3, 1,
            List.of(span(body, "council")), List.of(span(XSS_TITLE, "Council")), List.of(), List.of("test"), null));
    List<TagSuggestion> tags = List.of(
        tag(XSS_TAG, "topic", 0.7, "primary", "keyphrase", false, "reason " + XSS_SCRIPT),
        tag("Local politics", "topic", 0.5, "significant", "vocabulary", true, "section Local"));
    EnrichedArticle a = article(XSS, XSS_TITLE, body, "Local", "2026-11-27T08:00:00Z", entities,
        List.of(new Label("Politics", 0.6, List.of(XSS_IMG))), List.of(), tags,
        List.of(new RelatedLink("elsewhere-9", "Related " + XSS_SCRIPT, "javascript:window.__xss=1", null, 0.2, List.of(XSS_IMG))), null);
    return withUrl(a, "javascript:window.__xss=1");
  }

  private static EnrichedArticle duplicate() {
    String title = "Aid trucks reach Gaza";
    // The emoji is two UTF-16 code units: offsets after it are UTF-16, as the contract says.
    String body = "\uD83D\uDE9A Forty aid trucks reached Gaza on Wednesday, the United Nations said.";
    List<Entity> entities = List.of(
        entity("Gaza", EntityType.LOCATION, 0.5, body, title, "Gaza"),
        entity("United Nations", EntityType.ORGANIZATION, 0.3, body, title, "United Nations"));
    List<TagSuggestion> tags = List.of(
        tag("Gaza", "place", 0.85, "primary", "entity", true, "in headline"),
        tag("United Nations", "organization", 0.36, "significant", "entity", true, "1 mention"));
    return article(DUP, title, body, "World", "2026-11-27T19:00:00Z", entities,
        List.of(new Label("World", 0.8)), List.of(new Label("Palestine", 0.77, List.of("Gaza"))), tags,
        List.of(new RelatedLink(GAZA, "Aid convoy reaches Gaza as talks resume in Cairo", null, "2026-11-27", 0.92, List.of("Gaza"))), GAZA);
  }

  private static EnrichedArticle article(String id, String title, String body, String section, String published,
      List<Entity> entities, List<Label> topics, List<Label> regions, List<TagSuggestion> tags, List<RelatedLink> related,
      String duplicateOf) {
    return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, id, title, "https://news.example/" + id, published, "wire", null,
        new EnrichedArticle.Input("in.jsonl", 1, "0123456789abcdef01234567"),
        new EnrichedArticle.EditorLabels(section, List.of(), List.of()),
        new LanguageInfo("en", 0.99, null), new TextStats(3, 60), entities, topics, regions, tags, related, duplicateOf,
        Map.of(), new EnrichedArticle.Provenance("nightly", RUN_ID, "0.1.0", Map.of()), body);
  }

  private static EnrichedArticle withUrl(EnrichedArticle a, String url) {
    return new EnrichedArticle(a.schemaVersion(), a.id(), a.title(), url, a.published(), a.source(), a.author(), a.input(),
        a.editorLabels(), a.language(), a.text(), a.entities(), a.topics(), a.regions(), a.suggestedTags(), a.related(),
        a.duplicateOf(), a.extra(), a.provenance(), a.body());
  }

  private static Entity entity(String name, EntityType type, double salience, String body, String title, String... forms) {
    List<Span> spans = spans(body, forms);
    return new Entity(name, type, salience, Math.max(1, spans.size()), spans, spans(title, forms), List.of(), List.of("test"), null);
  }

  /** Every occurrence of each form, longest forms first, without overlaps. */
  private static List<Span> spans(String text, String... forms) {
    List<Span> out = new ArrayList<>();
    for (String f : forms) {
      for (int i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) {
        Span s = new Span(i, i + f.length());
        if (out.stream().noneMatch(s::overlaps)) {
          out.add(s);
        }
      }
    }
    out.sort(null);
    return out;
  }

  private static Span span(String text, String form) {
    int i = text.indexOf(form);
    return new Span(i, i + form.length());
  }

  private static TagSuggestion tag(String tag, String type, double score, String band, String source, boolean known, String... reasons) {
    return new TagSuggestion(tag, type, score, band, source, known, List.of(reasons));
  }

  static RunSummary summary() {
    return new RunSummary("1", "nightly", "pipelines/nightly.yaml", RUN_ID, "2026-11-28", "DirectRunner",
        "2026-11-28T02:00:00Z", "2026-11-28T02:01:30Z", 90.4, 0, List.of("sample-data/tonight"),
        new RunSummary.Records(6, 4, 1, 1, 1, 0, true), Map.of("missingBody", 1L), Map.of("parse", 1L),
        Map.of("en", 4L), Map.of(), 1.0 / 6, 0.1, Map.of(), Map.of(), 512);
  }
}
