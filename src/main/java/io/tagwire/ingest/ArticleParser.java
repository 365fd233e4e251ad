package io.tagwire.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tagwire.config.LimitsConfig;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.Article;
import io.tagwire.model.DeadLetter;
import io.tagwire.model.SourceRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Validates one raw record against the input contract and turns it into an {@link Article}.
 * Every refusal is a dead letter naming the field and what was expected; nothing throws.
 *
 * <p>Normalisation is limited to what keeps offsets meaningful: control characters other than tab,
 * CR and LF are replaced by a space (same length, so spans into the stored body stay valid).
 */
public final class ArticleParser {
  public static final String STAGE = "parse";
  private static final Set<String> KNOWN = Set.of("id", "title", "body", "url", "published", "language", "source",
      "author", "section", "regions", "tags");
  private static final Set<String> OPTIONAL_STRINGS = Set.of("title", "url", "published", "language", "source", "author", "section");

  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      // Bodies up to tens of MB must parse so the size policy, not the parser, decides about them.
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
      .build());

  private final LimitsConfig limits;

  public ArticleParser(LimitsConfig limits) {
    this.limits = limits;
  }

  public ParseOutcome parse(RawRecord raw) {
    SourceRef ref = raw.source();
    JsonNode node;
    try {
      node = JSON.readTree(raw.json());
    } catch (JsonParseException e) {
      long col = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      return bad(ref, "malformed-json", null, "not valid JSON" + (col > 0 ? " at column " + col : "") + ": "
          + e.getOriginalMessage(), null, raw);
    } catch (JsonProcessingException e) {
      return bad(ref, "malformed-json", null, "not valid JSON: " + e.getOriginalMessage(), null, raw);
    }
    if (node == null || !node.isObject()) {
      return bad(ref, "not-an-object", null, "expected a JSON object, got " + kind(node), null, raw);
    }
    String id = requiredString(node, "id");
    if (id == null) {
      return bad(ref, problem(node, "id"), "id", describe(node, "id", "a non-empty string"), null, raw);
    }
    id = id.strip();
    String body = requiredString(node, "body");
    if (body == null) {
      return bad(ref, problem(node, "body"), "body", describe(node, "body", "a non-empty string"), id, raw);
    }
    for (String field : OPTIONAL_STRINGS) {
      JsonNode v = node.get(field);
      if (v != null && !v.isNull() && !v.isTextual()) {
        return bad(ref, "wrong-type", field, "field '" + field + "': expected a string, got " + kind(v), id, raw);
      }
    }
    List<String> regions = stringList(node, "regions");
    if (regions == null) {
      return bad(ref, "wrong-type", "regions", "field 'regions': expected an array of strings, got " + kind(node.get("regions")), id, raw);
    }
    List<String> tags = stringList(node, "tags");
    if (tags == null) {
      return bad(ref, "wrong-type", "tags", "field 'tags': expected an array of strings, got " + kind(node.get("tags")), id, raw);
    }
    String published = text(node, "published");
    if (published != null && !isIsoDate(published)) {
      return bad(ref, "bad-value", "published", "field 'published': expected an ISO-8601 date or date-time "
          + "(e.g. 2026-11-25T07:45:00Z), got '" + abbreviate(published) + "'", id, raw);
    }
    String title = clean(text(node, "title"));
    if (title != null && title.length() > limits.maxTitleChars()) {
      return bad(ref, "too-large", "title", "field 'title' is " + title.length() + " chars; limits.maxTitleChars is "
          + limits.maxTitleChars(), id, raw);
    }
    body = clean(body);
    Map<String, Object> extra = new TreeMap<>();
    if (body.length() > limits.maxBodyChars()) {
      if (!limits.truncate()) {
        return bad(ref, "too-large", "body", "field 'body' is " + body.length() + " chars; limits.maxBodyChars is "
            + limits.maxBodyChars() + " (limits.overLimit: deadLetter)", id, raw);
      }
      extra.put("truncatedFromChars", body.length());
      body = truncate(body, limits.maxBodyChars());
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!KNOWN.contains(e.getKey())) {
        extra.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class));
      }
    }
    Article article = new Article(id, title, body, text(node, "url"), published, text(node, "language"),
        text(node, "source"), text(node, "author"), text(node, "section"), regions, tags, extra);
    return ParseOutcome.ok(AnnotatedArticle.of(article, ref, contentHash(title, body)));
  }

  /** Hash of the normalised text, so the same article under another id or file hashes the same. */
  public static String contentHash(String title, String body) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      String canonical = (title == null ? "" : title.strip()) + "\n" + body.strip().replaceAll("\\s+", " ");
      byte[] digest = md.digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ParseOutcome bad(SourceRef ref, String reason, String field, String message, String id, RawRecord raw) {
    return ParseOutcome.bad(DeadLetter.of(ref, STAGE, reason, field, message, id, raw.json()));
  }

  private static String requiredString(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
  }

  private static String problem(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return "missing-field";
    }
    return v.isTextual() ? "empty-field" : "wrong-type";
  }

  private static String describe(JsonNode node, String field, String expected) {
    JsonNode v = node.get(field);
    String got = v == null || v.isNull() ? "nothing (field missing)" : v.isTextual() ? "an empty or whitespace-only string" : kind(v);
    return "field '" + field + "': expected " + expected + ", got " + got;
  }

  private static String kind(JsonNode v) {
    if (v == null || v.isNull()) {
      return "null";
    }
    if (v.isNumber()) {
      return "a number (" + v.asText() + ")";
    }
    if (v.isBoolean()) {
      return "a boolean";
    }
    if (v.isArray()) {
      return "an array";
    }
    if (v.isObject()) {
      return "an object";
    }
    return "a string";
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> stringList(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : v) {
      if (!item.isTextual()) {
        return null;
      }
      if (!item.asText().isBlank()) {
        out.add(item.asText().strip());
      }
    }
    return out;
  }

  static boolean isIsoDate(String s) {
    try {
      OffsetDateTime.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      try {
        java.time.LocalDateTime.parse(s);
        return true;
      } catch (DateTimeParseException e2) {
        try {
          LocalDate.parse(s);
          return true;
        } catch (DateTimeParseException e3) {
          return false;
        }
      }
    }
  }

  /** Replaces control characters (except tab, CR, LF) with spaces, keeping every offset. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
      if (control) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, ' ');
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static String truncate(String body, int max) {
    int cut = max;
    int space = body.lastIndexOf(' ', max);
    if (space > max * 0.9) {
      cut = space;
    }
    if (Character.isHighSurrogate(body.charAt(cut - 1))) {
      cut--;
    }
    return body.substring(0, cut);
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }
}
