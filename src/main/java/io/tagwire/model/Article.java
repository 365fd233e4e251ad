package io.tagwire.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One input article after validation (the input contract of DESIGN.md). Editor labels
 * ({@code section}, {@code regions}, {@code tags}) are optional and used for training and evaluation.
 * Unknown input fields are carried unchanged in {@code extra}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(
    String id,
    String title,
    String body,
    String url,
    String published,
    String language,
    String source,
    String author,
    String section,
    List<String> regions,
    List<String> tags,
    Map<String, Object> extra)
    implements Serializable {

  public Article {
    regions = regions == null ? List.of() : List.copyOf(regions);
    tags = tags == null ? List.of() : List.copyOf(tags);
    extra = extra == null ? Map.of() : Map.copyOf(extra);
  }

  /** Title (may be empty) and body joined, for components that read the whole text. */
  public String titleOrEmpty() {
    return title == null ? "" : title;
  }

  public Article withBody(String newBody) {
    return new Article(id, title, newBody, url, published, language, source, author, section, regions, tags, extra);
  }
}
