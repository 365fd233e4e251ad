package io.tagwire.related;

/**
 * 64-bit hashes that never change between JVMs, versions or runners ({@code String.hashCode} is
 * stable too, but 32 bits collide too often for shingle sets of a million articles). FNV-1a over
 * UTF-16 code units, finished with the SplitMix64 mixer so that nearby inputs spread over all bits.
 * Archive partitions store these values, so changing this function means re-writing the archive.
 */
public final class StableHash {
  private StableHash() {}

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  public static long of(CharSequence s) {
    long h = FNV_OFFSET;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return mix(h);
  }

  /** SplitMix64's finaliser: a bijection on 64-bit values with good avalanche. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
