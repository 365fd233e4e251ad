package io.tagwire.review;

import io.tagwire.model.EditorDecision;
import io.tagwire.model.EnrichedArticle;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The run under review and the decisions made on it. The feedback file is tailed before every
 * read, so decisions that another review server appended to the same file are shown too.
 */
final class ReviewState {
  private final RunFolder run;
  private final FeedbackLog log;
  private final List<TagChoices.Choice> choices;
  private final String defaultEditor;
  private final Clock clock;
  private final DecisionIndex index = new DecisionIndex();

  ReviewState(RunFolder run, FeedbackLog log, List<TagChoices.Choice> choices, String defaultEditor, Clock clock) {
    this.run = run;
    this.log = log;
    this.choices = choices;
    this.defaultEditor = defaultEditor;
    this.clock = clock;
  }

  RunFolder run() {
    return run;
  }

  FeedbackLog log() {
    return log;
  }

  List<TagChoices.Choice> choices() {
    return choices;
  }

  String defaultEditor() {
    return defaultEditor;
  }

  /** Reads what was appended since the last call; decisions on articles of other runs are not kept. */
  private synchronized DecisionIndex refreshed() {
    index.addAll(log.readNew().stream().filter(d -> run.article(d.articleId()) != null).toList());
    return index;
  }

  synchronized List<ArticleRow> rows() {
    DecisionIndex idx = refreshed();
    List<ArticleRow> rows = new ArrayList<>(run.articles().size());
    for (EnrichedArticle a : run.articles().values()) {
      rows.add(ArticleRow.of(a, idx.forArticle(a.id())));
    }
    return rows;
  }

  /** An article with its current decisions, or null when the run has no such article. */
  synchronized ArticleView view(String id) {
    EnrichedArticle a = run.article(id);
    if (a == null) {
      return null;
    }
    Map<DecisionKey, EditorDecision> d = refreshed().forArticle(id);
    return new ArticleView(a, List.copyOf(d.values()), ReviewStatus.of(a, d));
  }

  /**
   * Validates every request first, then appends them in order: a batch (accept all primary) with
   * one bad request writes nothing. Not synchronized: appends of concurrent requests are
   * serialised by the log itself, and reads pick them up from the file.
   */
  List<EditorDecision> record(List<DecisionRequest> requests) {
    List<EditorDecision> decisions = new ArrayList<>();
    for (DecisionRequest r : requests) {
      decisions.add(r.toDecision(run, defaultEditor, clock.instant()));
    }
    for (EditorDecision d : decisions) {
      log.append(d);
    }
    return decisions;
  }

  /** The article view the page renders. */
  record ArticleView(EnrichedArticle article, List<EditorDecision> decisions, String status) {}
}
