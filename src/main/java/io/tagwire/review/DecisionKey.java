package io.tagwire.review;

import io.tagwire.model.EditorDecision;
import java.util.Locale;

/**
 * What a decision is about inside one article: a suggested or added tag, or a topic or region
 * label. The latest decision per (article, key) is the one shown. Tags compare without case
 * ("microsoft" added by hand is the suggestion "Microsoft"), as the editors mean them.
 */
public record DecisionKey(String scope, String name) implements Comparable<DecisionKey> {
  /** {@code tagType} of decisions on a topic label (not a tag). */
  public static final String TOPIC_LABEL = "label:topic";
  /** {@code tagType} of decisions on a region label (not a tag). */
  public static final String REGION_LABEL = "label:region";

  public static DecisionKey of(EditorDecision d) {
    return of(d.tagType(), d.tag());
  }

  public static DecisionKey of(String tagType, String tag) {
    String scope = TOPIC_LABEL.equals(tagType) || REGION_LABEL.equals(tagType) ? tagType : "tag";
    return new DecisionKey(scope, tag.strip().toLowerCase(Locale.ROOT));
  }

  public static boolean isLabel(String tagType) {
    return TOPIC_LABEL.equals(tagType) || REGION_LABEL.equals(tagType);
  }

  @Override
  public int compareTo(DecisionKey o) {
    int c = scope.compareTo(o.scope);
    return c != 0 ? c : name.compareTo(o.name);
  }
}
