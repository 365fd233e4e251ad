package io.tagwire.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.util.List;

/**
 * A canonical entity of one article: all mentions of one person, organisation, place or other
 * name merged. {@code spans} index into the body, {@code titleSpans} into the title; both are
 * {@code [begin, end)} in UTF-16 code units.
 */
@JsonPropertyOrder({"name", "type", "salience", "mentions", "spans", "titleSpans", "aliases", "sources", "link"})
public record Entity(
    String name,
    EntityType type,
    double salience,
    int mentions,
    List<Span> spans,
    List<Span> titleSpans,
    List<String> aliases,
    List<String> sources,
    @JsonInclude(JsonInclude.Include.ALWAYS) String link)
    implements Serializable {

  public Entity {
    spans = List.copyOf(spans);
    titleSpans = List.copyOf(titleSpans);
    aliases = List.copyOf(aliases);
    sources = List.copyOf(sources);
  }
}
