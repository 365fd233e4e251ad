package io.tagwire.review;

import io.tagwire.model.EditorDecision;
import io.tagwire.model.EnrichedArticle;
import io.tagwire.model.Label;
import io.tagwire.model.TagSuggestion;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A decision as the page posts it. The server checks it against the run (the article exists, a
 * label decision names one of the article's labels or adds one), fills in what the client must
 * not choose ({@code time}, {@code runId}) and what it may leave out ({@code tagType} of a
 * suggested tag, the editor), and turns it into the {@link EditorDecision} line.
 */
public record DecisionRequest(
    String articleId, String tag, String decision, String reason, String tagType, String wording, String editor) {

  static final int MAX_TAG_CHARS = 200;
  static final int MAX_EDITOR_CHARS = 80;
  static final Set<String> DECISIONS = Set.of(EditorDecision.ACCEPTED, EditorDecision.REJECTED, EditorDecision.ADDED);
  static final Set<String> REASONS = Set.of("wrong", "marginal");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");

  /** A request the server refuses; the message is shown to the editor. */
  public static final class Invalid extends RuntimeException {
    Invalid(String message) {
      super(message);
    }
  }

  public EditorDecision toDecision(RunFolder run, String defaultEditor, Instant now) {
    if (articleId == null || articleId.isEmpty()) {
      throw new Invalid("articleId: required");
    }
    EnrichedArticle a = run.article(articleId);
    if (a == null) {
      throw new Invalid("articleId: no article '" + articleId + "' in this run");
    }
    String t = text("tag", tag, MAX_TAG_CHARS, true);
    if (decision == null || !DECISIONS.contains(decision)) {
      throw new Invalid("decision: expected accepted, rejected or added, got '" + decision + "'");
    }
    String r = null;
    if (EditorDecision.REJECTED.equals(decision)) {
      if (reason == null || !REASONS.contains(reason)) {
        throw new Invalid("reason: a rejection needs wrong or marginal, got '" + reason + "'");
      }
      r = reason;
    } else if (reason != null) {
      throw new Invalid("reason: only rejections carry a reason");
    }
    String type = text("tagType", tagType, 60, false);
    if (DecisionKey.isLabel(type)) {
      checkLabel(a, type, t);
    } else if (type == null) {
      type = a.suggestedTags().stream().filter(s -> s.tag().equalsIgnoreCase(t)).map(TagSuggestion::type).findFirst().orElse(null);
    }
    String w = text("wording", wording, MAX_TAG_CHARS, false);
    String ed = text("editor", editor, MAX_EDITOR_CHARS, false);
    String runId = a.provenance() == null ? null : a.provenance().runId();
    return new EditorDecision(articleId, t, decision, r, type, w, ed != null ? ed : defaultEditor,
        now.truncatedTo(ChronoUnit.MILLIS).toString(), runId);
  }

  private void checkLabel(EnrichedArticle a, String type, String label) {
    if (EditorDecision.ADDED.equals(decision)) {
      return;
    }
    List<Label> labels = DecisionKey.TOPIC_LABEL.equals(type) ? a.topics() : a.regions();
    if (labels.stream().noneMatch(l -> l.label().equalsIgnoreCase(label))) {
      throw new Invalid("tag: '" + label + "' is not a " + type.substring("label:".length()) + " of article '" + a.id() + "'");
    }
  }

  private static String text(String field, String value, int max, boolean required) {
    String v = value == null ? null : value.strip();
    if (v == null || v.isEmpty()) {
      if (required) {
        throw new Invalid(field + ": required");
      }
      return null;
    }
    if (v.length() > max) {
      throw new Invalid(field + ": at most " + max + " characters");
    }
    if (CONTROL.matcher(v).find()) {
      throw new Invalid(field + ": control characters are not allowed");
    }
    return v;
  }
}
