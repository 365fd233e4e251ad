package io.tagwire.related;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * One line of an archive partition ({@code <archive>/date=YYYY-MM-DD/articles-*.jsonl}), format
 * version {@value ArchiveStore#FORMAT}. See {@code docs/related.md} for every field.
 * Binary fields are base64 (RFC 4648, with padding): {@code shingles} is the sorted shingle-hash
 * set as unsigned LEB128 varints of successive differences (the first from -2^31),
 * {@code minhash} and {@code embedding} are big-endian int32 / float32 arrays.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"format", "id", "title", "url", "published", "section", "runDate", "contentHash", "duplicateOf",
    "entities", "tags", "terms", "shingles", "minhash", "embedding"})
public record ArchiveRecord(
    Integer format,
    String id,
    String title,
    String url,
    String published,
    String section,
    String runDate,
    String contentHash,
    String duplicateOf,
    List<Entity> entities,
    List<String> tags,
    Map<String, Integer> terms,
    String shingles,
    String minhash,
    String embedding) {

  /** A canonical entity with its salience in the article. */
  @JsonPropertyOrder({"name", "type", "salience"})
  public record Entity(String name, String type, Double salience) {}
}
