package io.tagwire.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores related links and duplicate flags against labels in the data: records with the same
 * {@code story} are related; {@code duplicateOf} names the original a record copies.
 *
 * <p>For each record with a story, over its first k links: a link to another record of the story
 * is a true positive, any other link a false positive, and each of the story's other records
 * (at most k, copies of the record excluded) not linked a false negative. Precision is therefore
 * the share of shown links that belong to the story, recall@k the share of the story's records
 * found (capped at k). A duplicate flag is right when it names the labelled original.
 */
public final class RelatedEvaluation {

  /** What the evaluation needs of one record: labels and predictions. */
  public record Item(String id, String story, String goldDuplicateOf, List<String> links, String predictedDuplicateOf) {}

  @JsonPropertyOrder({"k", "storyArticles", "storyArticlesWithLinks", "linksPerArticle", "related", "perStory", "duplicates", "misses"})
  public record Result(int k, long storyArticles, long storyArticlesWithLinks, double linksPerArticle, Prf related,
      Map<String, Prf> perStory, Prf duplicates, List<String> misses) {}

  private RelatedEvaluation() {}

  public static Result evaluate(List<Item> items, int k) {
    Map<String, List<String>> byStory = new TreeMap<>();
    Map<String, Item> byId = new TreeMap<>();
    for (Item it : items) {
      byId.put(it.id(), it);
      if (it.story() != null) {
        byStory.computeIfAbsent(it.story(), s -> new ArrayList<>()).add(it.id());
      }
    }
    LabelScores stories = new LabelScores();
    long storyArticles = 0;
    long withLinks = 0;
    long linkCount = 0;
    List<String> misses = new ArrayList<>();
    for (Item it : byId.values()) {
      linkCount += Math.min(k, it.links().size());
      if (it.story() == null) {
        continue;
      }
      storyArticles++;
      Set<String> relevant = new HashSet<>(byStory.get(it.story()));
      relevant.remove(it.id());
      relevant.removeIf(other -> copies(byId, it.id(), other));
      List<String> shown = it.links().subList(0, Math.min(k, it.links().size()));
      if (!shown.isEmpty()) {
        withLinks++;
      }
      long tp = shown.stream().filter(relevant::contains).count();
      long fp = shown.size() - tp;
      long fn = Math.min(k, relevant.size()) - tp;
      stories.add(it.story(), new Prf(tp, fp, Math.max(0, fn)));
      for (String l : shown) {
        if (!relevant.contains(l)) {
          misses.add(it.id() + " -> " + l + " (not story " + it.story() + ")");
        }
      }
      for (String r : new java.util.TreeSet<>(relevant)) {
        if (!shown.contains(r)) {
          misses.add(it.id() + " -/-> " + r + " (same story " + it.story() + ", not linked)");
        }
      }
    }
    Prf dup = Prf.ZERO;
    for (Item it : byId.values()) {
      String gold = it.goldDuplicateOf();
      String predicted = it.predictedDuplicateOf();
      if (gold != null && gold.equals(predicted)) {
        dup = dup.plus(new Prf(1, 0, 0));
      } else {
        if (predicted != null) {
          dup = dup.plus(new Prf(0, 1, 0));
          misses.add(it.id() + " flagged as copy of " + predicted + (gold == null ? " (not a copy)" : " (copy of " + gold + ")"));
        }
        if (gold != null) {
          dup = dup.plus(new Prf(0, 0, 1));
          if (predicted == null) {
            misses.add(it.id() + " copy of " + gold + " not flagged");
          }
        }
      }
    }
    double perArticle = byId.isEmpty() ? 0 : Math.round(1000.0 * linkCount / byId.size()) / 1000.0;
    return new Result(k, storyArticles, withLinks, perArticle, stories.micro(), stories.perLabel(), dup, misses);
  }

  private static boolean copies(Map<String, Item> byId, String a, String b) {
    Item x = byId.get(a);
    Item y = byId.get(b);
    return (x != null && Objects.equals(x.goldDuplicateOf(), b)) || (y != null && Objects.equals(y.goldDuplicateOf(), a));
  }
}
