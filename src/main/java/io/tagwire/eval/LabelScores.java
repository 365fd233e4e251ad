package io.tagwire.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.TreeMap;

/** Per-label counts with their micro and macro averages; labels print in sorted order. */
@JsonPropertyOrder({"micro", "macroF1", "perLabel"})
public final class LabelScores {
  private final Map<String, Prf> perLabel = new TreeMap<>();

  public void tp(String label) {
    add(label, new Prf(1, 0, 0));
  }

  public void fp(String label) {
    add(label, new Prf(0, 1, 0));
  }

  public void fn(String label) {
    add(label, new Prf(0, 0, 1));
  }

  public void add(String label, Prf counts) {
    perLabel.merge(label, counts, Prf::plus);
  }

  /** Makes a label appear in the table even when it never occurred. */
  public void declare(String label) {
    perLabel.putIfAbsent(label, Prf.ZERO);
  }

  @JsonProperty
  public Map<String, Prf> perLabel() {
    return perLabel;
  }

  @JsonProperty
  public Prf micro() {
    return perLabel.values().stream().reduce(Prf.ZERO, Prf::plus);
  }

  /** Mean F1 over labels that have gold support or predictions. */
  @JsonProperty
  public double macroF1() {
    return perLabel.values().stream().filter(p -> p.tp() + p.fp() + p.fn() > 0).mapToDouble(Prf::f1).average().orElse(0.0);
  }

  /** A text table: one row per label, then the micro average. */
  public String table(String title) {
    StringBuilder sb = new StringBuilder();
    int w = Math.max(12, perLabel.keySet().stream().mapToInt(String::length).max().orElse(0) + 2);
    sb.append(String.format("%-" + w + "s %9s %9s %9s %8s %6s %6s %6s%n", title, "precision", "recall", "F1", "support", "tp", "fp", "fn"));
    perLabel.forEach((label, p) -> sb.append(row(w, label, p)));
    sb.append(row(w, "micro avg", micro()));
    sb.append(String.format("%-" + w + "s %29.4f%n", "macro F1", macroF1()));
    return sb.toString();
  }

  private static String row(int w, String label, Prf p) {
    return String.format("%-" + w + "s %9.4f %9.4f %9.4f %8d %6d %6d %6d%n", label, p.precision(), p.recall(), p.f1(), p.support(), p.tp(), p.fp(), p.fn());
  }
}
