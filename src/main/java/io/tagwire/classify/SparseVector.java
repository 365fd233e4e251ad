package io.tagwire.classify;

import java.io.Serializable;

/** Feature indices (ascending) with their values; a dense vector is one with every index. */
public record SparseVector(int[] indices, float[] values) implements Serializable {
  public static SparseVector dense(float[] values) {
    int[] idx = new int[values.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    return new SparseVector(idx, values);
  }

  public int size() {
    return indices.length;
  }
}
