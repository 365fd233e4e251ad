package io.tagwire.review;

import io.tagwire.model.EditorDecision;
import io.tagwire.model.EnrichedArticle;
import io.tagwire.model.Label;
import io.tagwire.model.TagSuggestion;
import java.util.List;
import java.util.Map;

/**
 * One line of the run overview. {@code section} is the editors' section from the input when
 * there is one, else the top predicted topic ({@code sectionPredicted} tells which).
 */
public record ArticleRow(
    String id,
    String title,
    String published,
    String section,
    boolean sectionPredicted,
    List<String> regions,
    int primary,
    int significant,
    int peripheral,
    int accepted,
    int rejected,
    int added,
    String status,
    String duplicateOf,
    int related) {

  public static ArticleRow of(EnrichedArticle a, Map<DecisionKey, EditorDecision> decisions) {
    int primary = 0;
    int significant = 0;
    int peripheral = 0;
    for (TagSuggestion t : a.suggestedTags()) {
      switch (String.valueOf(t.band())) {
        case "primary" -> primary++;
        case "significant" -> significant++;
        default -> peripheral++;
      }
    }
    int accepted = 0;
    int rejected = 0;
    int added = 0;
    for (Map.Entry<DecisionKey, EditorDecision> e : decisions.entrySet()) {
      if (!"tag".equals(e.getKey().scope())) {
        continue;
      }
      switch (e.getValue().decision()) {
        case EditorDecision.ACCEPTED -> accepted++;
        case EditorDecision.REJECTED -> rejected++;
        case EditorDecision.ADDED -> added++;
        default -> { }
      }
    }
    String editorSection = a.editorLabels() == null ? null : a.editorLabels().section();
    boolean predicted = editorSection == null || editorSection.isBlank();
    String section = predicted ? (a.topics().isEmpty() ? null : a.topics().get(0).label()) : editorSection;
    List<String> regions = a.regions().stream().map(Label::label).toList();
    return new ArticleRow(a.id(), a.title(), a.published(), section, predicted && section != null, regions,
        primary, significant, peripheral, accepted, rejected, added, ReviewStatus.of(a, decisions), a.duplicateOf(),
        a.related().size());
  }
}
