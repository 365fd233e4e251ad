package io.tagwire.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The enriched output record (schema version {@value #SCHEMA_VERSION}); the contract data teams
 * read, documented in {@code src/main/resources/schema/enriched-article.schema.json}. Every field
 * is always present (lists may be empty, {@code duplicateOf} may be null) so consumers need no
 * existence checks.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"schemaVersion", "id", "title", "url", "published", "source", "author", "input", "editorLabels",
    "language", "text", "entities", "topics", "regions", "suggestedTags", "related", "duplicateOf", "extra",
    "provenance", "body"})
public record EnrichedArticle(
    String schemaVersion,
    String id,
    String title,
    String url,
    String published,
    String source,
    String author,
    Input input,
    EditorLabels editorLabels,
    LanguageInfo language,
    TextStats text,
    List<Entity> entities,
    List<Label> topics,
    List<Label> regions,
    List<TagSuggestion> suggestedTags,
    List<RelatedLink> related,
    String duplicateOf,
    Map<String, Object> extra,
    Provenance provenance,
    String body) {

  public static final String SCHEMA_VERSION = "1";

  /** Where the record was read from. */
  public record Input(String file, long line, String contentHash) {}

  /** The labels the newsroom's editors gave the article in the input, if any. */
  public record EditorLabels(String section, List<String> regions, List<String> tags) {}

  /** Which pipeline and models produced the record. The run id is derived from the inputs, not the clock. */
  public record Provenance(String pipeline, String runId, String toolVersion, Map<String, String> models)
      implements java.io.Serializable {}
}
