package io.tagwire.tagging;

import io.tagwire.config.TagsConfig;
import io.tagwire.model.EditorDecision;
import io.tagwire.model.TagSuggestion;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an article's candidates into scored, banded, explained suggestions. The score is a
 * logistic model of "would an editor tag this?" over the candidate's evidence ({@link TagFeatures},
 * weights in {@link io.tagwire.config.TagWeightsConfig}), so a score of 0.7 means about 70% of such
 * candidates were tagged in the articles the weights were fitted on. Editor feedback then applies:
 * tags rejected on this article are dropped, every tag's score is scaled by its acceptance record,
 * and tags editors accepted or added on this article are kept. Suggestions are sorted by score
 * (highest first), then tag. Immutable and thread-safe.
 */
public final class TagScorer implements Serializable {
  /**
   * A keyphrase must recur in the body (twice, or once besides the headline): one mention is rarely
   * what a story is about, and headlines alone mislead the part-of-speech tagger ("Boom tests").
   */
  static final int KEYPHRASE_MIN_BODY_MENTIONS = 2;

  private final TagsConfig config;
  private final double[] weights;
  private final BandPolicy bands;
  private final EditorFeedback feedback;
  private final Vocabulary vocabulary;
  private final TagPriors priors;

  /**
   * @param vocabulary the vocabulary of the run (with editors' additions), for the type of tags
   *     that only feedback brings in
   */
  public TagScorer(TagsConfig config, EditorFeedback feedback, Vocabulary vocabulary, TagPriors priors) {
    this.config = config;
    this.weights = config.weights().vector();
    this.bands = BandPolicy.of(config);
    this.feedback = feedback;
    this.vocabulary = vocabulary;
    this.priors = priors;
  }

  public BandPolicy bands() {
    return bands;
  }

  /** Whether a candidate may be suggested at all (keyphrases must recur in the body). */
  public static boolean eligible(TagCandidate c) {
    return !TagCandidate.KEYPHRASE.equals(c.source())
        || c.bodyMentions() >= (c.titleMentions() > 0 ? 1 : KEYPHRASE_MIN_BODY_MENTIONS);
  }

  private record Scored(TagCandidate candidate, double score, List<String> reasons, String source) {}

  public List<TagSuggestion> score(ArticleCandidates article, DocumentFrequencies df) {
    String id = article.articleId();
    List<Scored> scored = new ArrayList<>();
    List<Scored> keyphrases = new ArrayList<>();
    for (TagCandidate c : article.candidates()) {
      EditorDecision d = feedback.on(id, c.key());
      if (d != null && EditorDecision.REJECTED.equals(d.decision()) || !eligible(c)) {
        continue;
      }
      double score = TagFeatures.logistic(weights, TagFeatures.of(c, article.bodyLength(), df, priors));
      List<String> reasons = reasons(c, df);
      double f = feedback.factor(c.key());
      if (f != 1.0) {
        score *= f;
        reasons.add(feedback.record(c.key()));
      }
      Scored s = new Scored(c, Math.min(1.0, score), reasons, c.source());
      // names found as keyphrases stand in for entities; only topic keyphrases are capped
      (c.isTopicKeyphrase() ? keyphrases : scored).add(s);
    }
    keyphrases.sort(Comparator.comparingDouble((Scored s) -> -s.score()).thenComparing(s -> s.candidate().tag()));
    scored.addAll(keyphrases.subList(0, Math.min(config.maxKeyphrases(), keyphrases.size())));

    applyKept(id, scored);

    List<TagSuggestion> out = new ArrayList<>();
    for (Scored s : scored) {
      double score = Math.round(s.score() * 1000) / 1000.0;
      String band = bands.band(score);
      if (band == null) {
        continue;
      }
      TagCandidate c = s.candidate();
      out.add(new TagSuggestion(c.tag(), c.type(), score, band, s.source(), c.known(), s.reasons()));
    }
    out.sort(Comparator.comparingDouble((TagSuggestion t) -> -t.score()).thenComparing(TagSuggestion::tag));
    return out.size() > config.maxTags() ? List.copyOf(out.subList(0, config.maxTags())) : out;
  }

  /** What an editor is shown as the why of a suggestion. */
  private List<String> reasons(TagCandidate c, DocumentFrequencies df) {
    List<String> reasons = new ArrayList<>();
    if (c.titleMentions() > 0) {
      reasons.add("in headline");
    }
    if (c.leadMentions() > 0) {
      reasons.add("in first paragraph");
    }
    int m = c.mentions();
    reasons.add(m + (m == 1 ? " mention" : " mentions"));
    for (String alias : c.aliasesUsed()) {
      reasons.add("vocabulary alias '" + alias + "'");
    }
    if (c.salience() != null) {
      reasons.add("entity " + c.entityType() + ", salience " + String.format(Locale.ROOT, "%.2f", c.salience()));
    }
    switch (c.source()) {
      case TagCandidate.KEYPHRASE -> reasons.add("keyphrase in " + df.frequency(c.key()) + " of " + Math.max(1, df.documents())
          + " articles");
      case TagCandidate.ENTITY -> reasons.add("not in the vocabulary");
      default -> {
        String p = priors.describe(c.key());
        if (p != null) {
          reasons.add(p);
        }
      }
    }
    return reasons;
  }

  /** Tags editors accepted or added on this article stay: accepted at least primary, added at 1. */
  private void applyKept(String articleId, List<Scored> scored) {
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < scored.size(); i++) {
      at.put(scored.get(i).candidate().key(), i);
    }
    for (EditorDecision d : feedback.kept(articleId)) {
      VocabularyEntry entry = vocabulary.find(d.tag());
      String key = TagText.collapseKey(entry != null ? entry.tag() : d.tag());
      boolean added = EditorDecision.ADDED.equals(d.decision());
      String why = added ? "added by an editor on this article" : "accepted by an editor on this article";
      double floor = added ? 1.0 : bands.primary();
      Integer i = at.get(key);
      if (i != null) {
        Scored s = scored.get(i);
        List<String> reasons = new ArrayList<>(s.reasons());
        reasons.add(why);
        // an added tag is the editor's: its source says so even where the text also names it
        scored.set(i, new Scored(s.candidate(), Math.max(s.score(), floor), reasons, added ? TagCandidate.FEEDBACK : s.source()));
        continue;
      }
      String tag = entry != null ? entry.tag() : d.tag().strip();
      String type = entry != null ? entry.type().key() : d.tagType() != null ? d.tagType() : TagCandidate.UNKNOWN_TYPE;
      TagCandidate c = new TagCandidate(key, tag, type, TagCandidate.FEEDBACK, entry != null, 0, 0, 0, -1, -1, null,
          null, List.of());
      scored.add(new Scored(c, floor, new ArrayList<>(List.of(why)), TagCandidate.FEEDBACK));
      at.put(key, scored.size() - 1);
    }
  }
}
