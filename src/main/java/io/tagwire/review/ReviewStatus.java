package io.tagwire.review;

import io.tagwire.model.EditorDecision;
import io.tagwire.model.EnrichedArticle;
import io.tagwire.model.TagSuggestion;
import java.util.Map;

/**
 * Where an article stands: {@code unreviewed} (no decision yet), {@code reviewed} (every primary
 * and significant suggestion has a decision; peripheral ones are optional) or {@code in-progress}.
 */
public final class ReviewStatus {
  public static final String UNREVIEWED = "unreviewed";
  public static final String IN_PROGRESS = "in-progress";
  public static final String REVIEWED = "reviewed";

  private ReviewStatus() {}

  public static boolean needsDecision(TagSuggestion t) {
    return "primary".equals(t.band()) || "significant".equals(t.band());
  }

  public static String of(EnrichedArticle a, Map<DecisionKey, EditorDecision> decisions) {
    if (decisions.isEmpty()) {
      return UNREVIEWED;
    }
    for (TagSuggestion t : a.suggestedTags()) {
      if (needsDecision(t) && !decisions.containsKey(DecisionKey.of(t.type(), t.tag()))) {
        return IN_PROGRESS;
      }
    }
    return REVIEWED;
  }
}
