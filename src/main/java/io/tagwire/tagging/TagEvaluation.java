package io.tagwire.tagging;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.tagwire.eval.LabelScores;
import io.tagwire.eval.Prf;
import io.tagwire.model.TagSuggestion;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores ranked tag suggestions against editors' tags: precision, recall and F1 of the top k and
 * of the primary band, micro-averaged and per tag type, plus recall of the top 10 on person and
 * organisation tags (the bar for real news). A suggestion matches a gold tag when both have the
 * same {@link TagText#collapseKey}, or both name the same entry of the type vocabulary (a tag and
 * its alias). Types come from the type vocabulary (gold tags it lacks are "unknown").
 */
public final class TagEvaluation {
  public static final String UNKNOWN = "unknown";

  private final int k;
  private final Vocabulary types;
  private final LabelScores atK = new LabelScores();
  private final LabelScores primary = new LabelScores();
  private final LabelScores at10 = new LabelScores();
  private int articles;
  private long suggestions;
  private long primaries;
  private long goldTags;

  public TagEvaluation(int k, Vocabulary types) {
    this.k = k;
    this.types = types;
    for (TagType t : TagType.values()) {
      atK.declare(t.key());
      primary.declare(t.key());
    }
  }

  /** Adds one article: its editors' tags and the suggestions, best first. */
  public void add(List<String> gold, List<TagSuggestion> ranked) {
    articles++;
    suggestions += ranked.size();
    goldTags += gold.size();
    List<TagSuggestion> primaryBand = ranked.stream().filter(s -> BandPolicy.PRIMARY.equals(s.band())).toList();
    primaries += primaryBand.size();
    count(gold, ranked.subList(0, Math.min(k, ranked.size())), atK);
    count(gold, primaryBand, primary);
    count(gold, ranked.subList(0, Math.min(10, ranked.size())), at10);
  }

  private void count(List<String> gold, List<TagSuggestion> predicted, LabelScores scores) {
    boolean[] used = new boolean[predicted.size()];
    for (String g : gold) {
      int hit = -1;
      for (int i = 0; i < predicted.size() && hit < 0; i++) {
        if (!used[i] && same(g, predicted.get(i).tag())) {
          hit = i;
        }
      }
      if (hit >= 0) {
        used[hit] = true;
        scores.tp(typeOf(g, null));
      } else {
        scores.fn(typeOf(g, null));
      }
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!used[i]) {
        scores.fp(typeOf(predicted.get(i).tag(), predicted.get(i).type()));
      }
    }
  }

  /** Whether a suggested tag is the gold tag (same key, or the same entry of the type vocabulary). */
  public boolean same(String gold, String suggested) {
    if (TagText.collapseKey(gold).equals(TagText.collapseKey(suggested))) {
      return true;
    }
    VocabularyEntry a = types.find(gold);
    return a != null && a == types.find(suggested);
  }

  String typeOf(String tag, String suggestedType) {
    VocabularyEntry e = types.find(tag);
    if (e != null) {
      return e.type().key();
    }
    return suggestedType != null ? suggestedType : UNKNOWN;
  }

  /** One article for reading: gold tags marked found (+) or missed (-) in the top k, then the suggestions. */
  public String explain(String id, String title, List<String> gold, List<TagSuggestion> ranked) {
    StringBuilder sb = new StringBuilder();
    sb.append(id).append("  ").append(title == null ? "" : title).append('\n');
    List<TagSuggestion> top = ranked.subList(0, Math.min(k, ranked.size()));
    sb.append("  gold:");
    for (String g : gold) {
      boolean found = top.stream().anyMatch(s -> same(g, s.tag()));
      sb.append(found ? "  +" : "  -").append(g).append(" (").append(typeOf(g, null)).append(')');
    }
    sb.append('\n');
    for (TagSuggestion s : ranked) {
      boolean hit = gold.stream().anyMatch(g -> same(g, s.tag()));
      sb.append(String.format(java.util.Locale.ROOT, "  %s %.3f %-11s %-10s %s [%s] %s%n", hit ? "*" : " ", s.score(), s.band(),
          s.source(), s.tag(), s.type(), String.join("; ", s.reasons())));
    }
    return sb.toString();
  }

  /** The numbers, as printed and as {@code --json}. */
  @JsonPropertyOrder({"k", "articles", "goldTags", "suggestionsPerArticle", "primaryPerArticle", "atK", "primary",
      "recallAt10PersonOrganisation", "atKByType", "primaryByType"})
  public record Report(int k, int articles, long goldTags, double suggestionsPerArticle, double primaryPerArticle,
      Prf atK, Prf primary, Recall recallAt10PersonOrganisation, LabelScores atKByType, LabelScores primaryByType) {}

  /** How many of the gold tags were found, of how many. */
  @JsonPropertyOrder({"recall", "found", "support"})
  public record Recall(double recall, long found, long support) {
    static Recall of(long found, long support) {
      return new Recall(support == 0 ? 0.0 : (double) found / support, found, support);
    }
  }

  public Report report() {
    long found = 0;
    long support = 0;
    for (String t : List.of(TagType.PERSON.key(), TagType.ORGANISATION.key())) {
      Prf p = at10.perLabel().getOrDefault(t, Prf.ZERO);
      found += p.tp();
      support += p.support();
    }
    Recall personOrg = Recall.of(found, support);
    return new Report(k, articles, goldTags, round(articles == 0 ? 0 : (double) suggestions / articles),
        round(articles == 0 ? 0 : (double) primaries / articles), atK.micro(), primary.micro(), personOrg, atK, primary);
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }

  /** The report as text tables. */
  public static String format(Report r) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format("articles %d, gold tags %d, suggestions per article %.2f, primary per article %.2f",
        r.articles(), r.goldTags(), r.suggestionsPerArticle(), r.primaryPerArticle()));
    lines.add(String.format("top %d:          precision %.4f  recall %.4f  F1 %.4f", r.k(), r.atK().precision(), r.atK().recall(), r.atK().f1()));
    lines.add(String.format("primary band:   precision %.4f  recall %.4f  F1 %.4f", r.primary().precision(), r.primary().recall(), r.primary().f1()));
    lines.add(String.format("recall@10 of person and organisation tags: %.4f (%d of %d)", r.recallAt10PersonOrganisation().recall(),
        r.recallAt10PersonOrganisation().found(), r.recallAt10PersonOrganisation().support()));
    lines.add("");
    lines.add(r.atKByType().table("top " + r.k() + " by type"));
    lines.add(r.primaryByType().table("primary by type"));
    return String.join("\n", lines);
  }
}
