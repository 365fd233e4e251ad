package io.tagwire.related;

import java.io.Serializable;

/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut into {@code bands}
 * bands of {@code rows} values and each band becomes one index key. Two texts of Jaccard
 * similarity J share at least one key with probability {@code 1 - (1 - J^rows)^bands}; with the
 * default 42 bands of 3 rows that is 0.9999 at J = 0.6, 0.996 at J = 0.5 and 0.005 at J = 0.05.
 */
public record LshBands(int bands, int rows) implements Serializable {
  public static final LshBands DEFAULT = new LshBands(42, 3);

  public int signatureSize() {
    return bands * rows;
  }

  /** Probability that two texts of Jaccard similarity j share a band (the LSH S-curve). */
  public double candidateProbability(double j) {
    return 1 - Math.pow(1 - Math.pow(j, rows), bands);
  }

  /**
   * One key per band ({@code b:<band>:<hash>}); none for an empty signature, and none for a
   * signature of another length (an archive written with other LSH settings: its near-duplicates
   * are then found through the term index alone, and still verified on shingles).
   */
  public String[] keys(int[] signature) {
    if (signature.length == 0 || signature.length != signatureSize()) {
      return new String[0];
    }
    String[] keys = new String[bands];
    for (int band = 0; band < bands; band++) {
      long h = band;
      for (int r = 0; r < rows; r++) {
        h = StableHash.mix(h * 31 + signature[band * rows + r]);
      }
      keys[band] = "b:" + band + ":" + Long.toHexString(h);
    }
    return keys;
  }
}
