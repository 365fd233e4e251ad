package io.tagwire.review;

import io.tagwire.model.EditorDecision;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The latest decision per (article, tag or label), in feedback-file order: the file is
 * append-only, so a later line overrides an earlier one (an editor who accepted a tag and then
 * rejected it has rejected it).
 */
final class DecisionIndex {
  private final Map<String, Map<DecisionKey, EditorDecision>> byArticle = new TreeMap<>();

  void addAll(Collection<EditorDecision> decisions) {
    for (EditorDecision d : decisions) {
      byArticle.computeIfAbsent(d.articleId(), k -> new TreeMap<>()).put(DecisionKey.of(d), d);
    }
  }

  Map<DecisionKey, EditorDecision> forArticle(String articleId) {
    return byArticle.getOrDefault(articleId, Map.of());
  }

  List<EditorDecision> listForArticle(String articleId) {
    return List.copyOf(forArticle(articleId).values());
  }
}
