package io.tagwire.classify;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.tagwire.eval.ConfusionMatrix;
import io.tagwire.eval.LabelScores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores of a single-label classifier on gold sections: accuracy, macro-F1, per-label
 * precision/recall/F1 and the confusion matrix. A gold label the model does not know can never be
 * predicted: it counts as an error (a false negative of its label) and is listed in
 * {@code unknownLabels}.
 */
@JsonPropertyOrder({"articles", "correct", "accuracy", "macroF1", "unknownLabels", "foldAccuracies", "scores", "confusion"})
public final class TopicEvaluation {
  private final LabelScores scores = new LabelScores();
  private final ConfusionMatrix confusion = new ConfusionMatrix();
  private final Map<String, Integer> unknownLabels = new TreeMap<>();
  private final List<Double> foldAccuracies = new ArrayList<>();
  private long articles;
  private long correct;

  public TopicEvaluation(Iterable<String> knownLabels) {
    for (String l : knownLabels) {
      scores.declare(l);
    }
  }

  public void add(String gold, String predicted, Set<String> known) {
    articles++;
    confusion.add(gold, predicted);
    if (!known.contains(gold)) {
      unknownLabels.merge(gold, 1, Integer::sum);
    }
    if (gold.equals(predicted)) {
      correct++;
      scores.tp(gold);
    } else {
      scores.fn(gold);
      scores.fp(predicted);
    }
  }

  void addFold(double accuracy) {
    foldAccuracies.add(accuracy);
  }

  @JsonProperty
  public long articles() {
    return articles;
  }

  @JsonProperty
  public long correct() {
    return correct;
  }

  @JsonProperty
  public double accuracy() {
    return articles == 0 ? 0.0 : (double) correct / articles;
  }

  @JsonProperty
  public double macroF1() {
    return scores.macroF1();
  }

  /** Gold labels the model does not know, with how many articles carried each. */
  @JsonProperty
  public Map<String, Integer> unknownLabels() {
    return unknownLabels;
  }

  /** Accuracy of each cross-validation fold (empty for a plain evaluation). */
  @JsonProperty
  public List<Double> foldAccuracies() {
    return foldAccuracies;
  }

  @JsonProperty
  public LabelScores scores() {
    return scores;
  }

  @JsonProperty
  public ConfusionMatrix confusion() {
    return confusion;
  }

  /** The report for people: summary line, per-label table, confusion matrix. */
  public String report(String title) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%s: %d articles, accuracy %.4f (%d correct), macro-F1 %.4f%n", title, articles, accuracy(), correct, macroF1()));
    if (!foldAccuracies.isEmpty()) {
      sb.append("fold accuracies:");
      for (double a : foldAccuracies) {
        sb.append(String.format(" %.4f", a));
      }
      sb.append('\n');
    }
    if (!unknownLabels.isEmpty()) {
      sb.append("labels the model does not know (counted as errors): ").append(unknownLabels).append('\n');
    }
    sb.append('\n').append(scores.table("label"));
    sb.append('\n').append(confusion.table());
    return sb.toString();
  }
}
