package io.tagwire.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** True positives, false positives and false negatives, with precision, recall and F1 from them. */
@JsonPropertyOrder({"precision", "recall", "f1", "tp", "fp", "fn", "support"})
public record Prf(long tp, long fp, long fn) {
  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf plus(Prf o) {
    return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  @JsonProperty
  public double precision() {
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  @JsonProperty
  public double recall() {
    return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
  }

  @JsonProperty
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** Gold items of this label. */
  @JsonProperty
  public long support() {
    return tp + fn;
  }
}
