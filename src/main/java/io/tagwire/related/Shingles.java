package io.tagwire.related;

import java.util.Arrays;
import java.util.List;

/**
 * The set of word k-shingles of a text (every run of k consecutive words), each hashed to 32 bits,
 * sorted and without repeats. Two texts' Jaccard similarity over these sets is what decides
 * near-duplicates. A text shorter than k words has an empty set and is never a near-duplicate
 * (an exact copy is still caught by its content hash).
 */
public final class Shingles {
  private Shingles() {}

  public static int[] of(List<String> words, int k) {
    if (words.size() < k) {
      return new int[0];
    }
    int[] out = new int[words.size() - k + 1];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i + k <= words.size(); i++) {
      sb.setLength(0);
      for (int j = 0; j < k; j++) {
        if (j > 0) {
          sb.append(' ');
        }
        sb.append(words.get(i + j));
      }
      long h = StableHash.of(sb);
      out[i] = (int) (h ^ (h >>> 32));
    }
    Arrays.sort(out);
    return distinct(out);
  }

  private static int[] distinct(int[] sorted) {
    if (sorted.length == 0) {
      return sorted;
    }
    int n = 1;
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] != sorted[n - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, n);
  }

  /** Exact Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted sets; 0 when both are empty. */
  public static double jaccard(int[] a, int[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0.0;
    }
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) shared / (a.length + b.length - shared);
  }
}
