package io.tagwire.related;

import io.tagwire.pipeline.DuplicateChoice;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What related-article linking knows about one article, tonight's or the archive's: identity and
 * display fields for the link, canonical entities with salience, content terms with counts,
 * suggested tag names, the shingle set and its MinHash signature, the content hash and, when a
 * sentence-embedding model is configured, an embedding. The archive stores exactly this (see
 * {@link ArchiveStore}); tonight's articles carry written forms of their terms in addition, for
 * explanations.
 *
 * <p>Arrays rather than lists because a night touches hundreds of thousands of these; they are
 * never mutated after construction.
 */
public final class ArticleSignature implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One canonical entity: {@code key} is the lower-cased name entities are matched by. */
  public record EntityWeight(String key, String name, String type, double salience) implements Serializable {}

  private final String id;
  private final String title;
  private final String url;
  private final String published;
  private final String section;
  private final String runDate;
  private final boolean archived;
  private final String contentHash;
  private final String duplicateOf;
  private final String[] terms;
  private final int[] termCounts;
  private final String[] termSurfaces;
  private final List<EntityWeight> entities;
  private final List<String> tags;
  private final int[] shingles;
  private final int[] minHash;
  private final float[] embedding;
  private final long publishedSecond;
  private final String[] termKeys;
  private final String[] entityKeys;

  public ArticleSignature(String id, String title, String url, String published, String section, String runDate,
      boolean archived, String contentHash, String duplicateOf, String[] terms, int[] termCounts, String[] termSurfaces,
      List<EntityWeight> entities, List<String> tags, int[] shingles, int[] minHash, float[] embedding) {
    if (terms.length != termCounts.length || (termSurfaces != null && termSurfaces.length != terms.length)) {
      throw new IllegalArgumentException("terms, counts and surfaces differ in length for " + id);
    }
    this.id = id;
    this.title = title;
    this.url = url;
    this.published = published;
    this.section = section;
    this.runDate = runDate;
    this.archived = archived;
    this.contentHash = contentHash;
    this.duplicateOf = duplicateOf;
    this.terms = terms;
    this.termCounts = termCounts;
    this.termSurfaces = termSurfaces;
    this.entities = entities.stream().sorted(java.util.Comparator.comparing(EntityWeight::key)).toList();
    this.tags = tags.stream().sorted().distinct().toList();
    this.shingles = shingles;
    this.minHash = minHash;
    this.embedding = embedding;
    Instant t = DuplicateChoice.publishedInstant(published);
    this.publishedSecond = t.equals(Instant.MIN) ? Long.MIN_VALUE : t.getEpochSecond();
    // Index keys made once here: they are looked up several times per article per night, and a
    // fresh string per lookup (with its hash computed again) was the indexing loop's main cost.
    this.termKeys = new String[terms.length];
    for (int i = 0; i < terms.length; i++) {
      termKeys[i] = IndexKeys.term(terms[i]);
    }
    this.entityKeys = new String[this.entities.size()];
    for (int i = 0; i < entityKeys.length; i++) {
      entityKeys[i] = IndexKeys.entity(this.entities.get(i).key());
    }
  }

  public ArticleSignature withDuplicateOf(String original) {
    return new ArticleSignature(id, title, url, published, section, runDate, archived, contentHash, original, terms,
        termCounts, termSurfaces, entities, tags, shingles, minHash, embedding);
  }

  public ArticleSignature withRunDate(String date) {
    return new ArticleSignature(id, title, url, published, section, date, archived, contentHash, duplicateOf, terms,
        termCounts, termSurfaces, entities, tags, shingles, minHash, embedding);
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String url() {
    return url;
  }

  public String published() {
    return published;
  }

  public String section() {
    return section;
  }

  /** The night whose partition holds the record (tonight's run date for tonight's articles). */
  public String runDate() {
    return runDate;
  }

  /** True when read from an archive partition, false for tonight's articles. */
  public boolean archived() {
    return archived;
  }

  public String contentHash() {
    return contentHash;
  }

  /** For archive records: the earliest copy it was found to duplicate when it was written, or null. */
  public String duplicateOf() {
    return duplicateOf;
  }

  /** Sorted content terms (stems). */
  public String[] terms() {
    return terms;
  }

  public int[] termCounts() {
    return termCounts;
  }

  /** {@code t:<term>} for each term, same order. */
  public String[] termKeys() {
    return termKeys;
  }

  /** {@code e:<key>} for each entity, same order. */
  public String[] entityKeys() {
    return entityKeys;
  }

  /** Written form of each term (same order), or null for archive records. */
  public String[] termSurfaces() {
    return termSurfaces;
  }

  /** Sorted by key. */
  public List<EntityWeight> entities() {
    return entities;
  }

  /** Suggested tag names, sorted. */
  public List<String> tags() {
    return tags;
  }

  public int[] shingles() {
    return shingles;
  }

  public int[] minHash() {
    return minHash;
  }

  public float[] embedding() {
    return embedding;
  }

  /** Seconds since the epoch of {@code published}, or {@link Long#MIN_VALUE} when unknown. */
  public long publishedSecond() {
    return publishedSecond;
  }

  /** Earliest copy first: by publication time (unknown dates count as oldest), then id. */
  public static int compareAge(String idA, long secondA, String idB, long secondB) {
    int c = Long.compare(secondA, secondB);
    return c != 0 ? c : idA.compareTo(idB);
  }

  @Override
  public String toString() {
    return "ArticleSignature[" + id + (archived ? ", archived " + runDate : "") + "]";
  }
}
