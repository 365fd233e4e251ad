package io.tagwire.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Counts of (gold, predicted) label pairs for single-label classifiers. */
public final class ConfusionMatrix {
  private final Map<String, Map<String, Long>> counts = new TreeMap<>();
  private final TreeSet<String> labels = new TreeSet<>();

  public void add(String gold, String predicted) {
    labels.add(gold);
    labels.add(predicted);
    counts.computeIfAbsent(gold, k -> new TreeMap<>()).merge(predicted, 1L, Long::sum);
  }

  public long get(String gold, String predicted) {
    return counts.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0L);
  }

  public long total() {
    return counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
  }

  public long correct() {
    return labels.stream().mapToLong(l -> get(l, l)).sum();
  }

  @JsonProperty
  public double accuracy() {
    long t = total();
    return t == 0 ? 0.0 : (double) correct() / t;
  }

  /** gold label -> predicted label -> count. */
  @JsonProperty
  public Map<String, Map<String, Long>> counts() {
    return counts;
  }

  /** Rows are gold labels, columns predictions (abbreviated to fit). */
  public String table() {
    StringBuilder sb = new StringBuilder();
    int w = Math.max(10, labels.stream().mapToInt(String::length).max().orElse(0) + 2);
    sb.append(String.format("%-" + w + "s", "gold \\ pred"));
    for (String l : labels) {
      sb.append(String.format(" %8s", l.length() > 8 ? l.substring(0, 8) : l));
    }
    sb.append('\n');
    for (String g : labels) {
      sb.append(String.format("%-" + w + "s", g));
      for (String p : labels) {
        sb.append(String.format(" %8d", get(g, p)));
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
