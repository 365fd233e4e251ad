package io.tagwire.classify;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.tagwire.eval.ConfusionMatrix;
import io.tagwire.eval.LabelScores;
import io.tagwire.model.Label;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores region predictions against editors' regions. Per region: precision, recall and F1 over
 * all (article, region) pairs. Top-1 accuracy: the share of articles whose best predicted region
 * is one of the gold regions (an article with no prediction counts as wrong). Confusion: the best
 * predicted region (or {@value #NONE}) against the gold region it matched, or the first gold region.
 */
@JsonPropertyOrder({"articles", "top1Accuracy", "noRegion", "labels", "confusion"})
public final class RegionEvaluation {
  public static final String NONE = "(none)";

  private final LabelScores labels = new LabelScores();
  private final ConfusionMatrix confusion = new ConfusionMatrix();
  private long articles;
  private long top1;
  private long noRegion;

  public RegionEvaluation(Set<String> regions) {
    regions.forEach(labels::declare);
  }

  public void add(List<String> gold, List<Label> predicted) {
    if (gold.isEmpty()) {
      throw new IllegalArgumentException("an article without gold regions cannot be scored");
    }
    articles++;
    Set<String> g = new HashSet<>(gold);
    Set<String> p = new HashSet<>();
    for (Label l : predicted) {
      p.add(l.label());
      if (g.contains(l.label())) {
        labels.tp(l.label());
      } else {
        labels.fp(l.label());
      }
    }
    for (String label : g) {
      if (!p.contains(label)) {
        labels.fn(label);
      }
    }
    String best = predicted.isEmpty() ? NONE : predicted.get(0).label();
    if (predicted.isEmpty()) {
      noRegion++;
    }
    boolean hit = g.contains(best);
    if (hit) {
      top1++;
    }
    confusion.add(hit ? best : gold.get(0), best);
  }

  @JsonProperty
  public long articles() {
    return articles;
  }

  @JsonProperty
  public double top1Accuracy() {
    return articles == 0 ? 0.0 : (double) top1 / articles;
  }

  /** Articles for which no region was predicted (no place found). */
  @JsonProperty
  public long noRegion() {
    return noRegion;
  }

  @JsonProperty
  public LabelScores labels() {
    return labels;
  }

  @JsonProperty
  public ConfusionMatrix confusion() {
    return confusion;
  }
}
