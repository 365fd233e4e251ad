package io.tagwire.related;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys an article is indexed under for candidate generation: {@code t:<term>} for content
 * terms, {@code e:<entity>} for canonical entities, {@code b:<band>:<hash>} for MinHash LSH bands
 * and {@code h:<content hash>} for exact copies. Term and entity keys also name document
 * frequencies ({@link CorpusStats}); band and hash keys only find duplicate candidates.
 */
public final class IndexKeys {
  private IndexKeys() {}

  public static String term(String stem) {
    return "t:" + stem;
  }

  public static String entity(String key) {
    return "e:" + key;
  }

  public static String hash(String contentHash) {
    return "h:" + contentHash;
  }

  /** Keys whose document frequency is counted: every term and every entity of the article. */
  public static List<String> frequencyKeys(ArticleSignature s) {
    List<String> keys = new ArrayList<>(s.termKeys().length + s.entityKeys().length + 48);
    keys.addAll(java.util.Arrays.asList(s.termKeys()));
    keys.addAll(java.util.Arrays.asList(s.entityKeys()));
    return keys;
  }

  /** Every key the article is indexed under. */
  public static List<String> indexKeys(ArticleSignature s, LshBands bands) {
    List<String> keys = frequencyKeys(s);
    for (String b : bands.keys(s.minHash())) {
      keys.add(b);
    }
    if (s.contentHash() != null) {
      keys.add(hash(s.contentHash()));
    }
    return keys;
  }

  /** True for keys that only propose duplicate candidates (LSH bands, content hashes). */
  public static boolean isDuplicateKey(String key) {
    return key.startsWith("b:") || key.startsWith("h:");
  }
}
