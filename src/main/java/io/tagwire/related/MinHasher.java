package io.tagwire.related;

import java.io.Serializable;
import java.util.SplittableRandom;

/**
 * MinHash signatures of shingle sets: for each of n hash functions, the smallest hash value over
 * the set. Two sets agree on a signature position with probability equal to their Jaccard
 * similarity, which is what makes LSH banding find near-duplicates without comparing all pairs.
 *
 * <p>The hash functions are multiply-add-shift ({@code (a·x + b) >>> 32} on 64-bit words with odd
 * {@code a}), a 2-universal family for 32-bit keys, drawn from a fixed seed: signatures stored in
 * the archive stay comparable with tonight's as long as {@link #SEED} and n do not change.
 */
public final class MinHasher implements Serializable {
  public static final long SEED = 0x7461677769726531L;

  private final long[] a;
  private final long[] b;

  public MinHasher(int numHashes) {
    a = new long[numHashes];
    b = new long[numHashes];
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < numHashes; i++) {
      a[i] = random.nextLong() | 1L;
      b[i] = random.nextLong();
    }
  }

  public int size() {
    return a.length;
  }

  /** The signature of a sorted shingle set; an empty set has an empty signature (no LSH bands). */
  public int[] signature(int[] shingles) {
    if (shingles.length == 0) {
      return new int[0];
    }
    int n = a.length;
    long[] min = new long[n];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (int s : shingles) {
      long x = s & 0xffffffffL;
      for (int i = 0; i < n; i++) {
        long h = (a[i] * x + b[i]) >>> 32;
        if (h < min[i]) {
          min[i] = h;
        }
      }
    }
    int[] sig = new int[n];
    for (int i = 0; i < n; i++) {
      sig[i] = (int) min[i];
    }
    return sig;
  }

  /** The share of positions on which two signatures agree: an estimate of their Jaccard similarity. */
  public static double estimate(int[] x, int[] y) {
    if (x.length == 0 || x.length != y.length) {
      return 0.0;
    }
    int same = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] == y[i]) {
        same++;
      }
    }
    return (double) same / x.length;
  }
}
