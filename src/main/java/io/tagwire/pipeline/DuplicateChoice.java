package io.tagwire.pipeline;

import io.tagwire.model.AnnotatedArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * Which of several records with one id survives: the latest {@code published} (a record without a
 * date counts as oldest), then the smallest content hash, then the earliest file and line. The
 * order never depends on arrival order, so reruns keep the same record.
 */
public final class DuplicateChoice {
  private DuplicateChoice() {}

  static final Comparator<AnnotatedArticle> PREFERENCE = Comparator
      .comparing((AnnotatedArticle a) -> publishedInstant(a.article().published()), Comparator.reverseOrder())
      .thenComparing(AnnotatedArticle::contentHash)
      .thenComparing(a -> a.source().file())
      .thenComparingLong(a -> a.source().line());

  public static AnnotatedArticle choose(List<AnnotatedArticle> copies) {
    return copies.stream().min(PREFERENCE).orElseThrow();
  }

  /** Parses the contract's ISO-8601 forms; missing dates sort first (oldest). */
  public static Instant publishedInstant(String published) {
    if (published == null) {
      return Instant.MIN;
    }
    try {
      return OffsetDateTime.parse(published).toInstant();
    } catch (RuntimeException e) {
      try {
        return LocalDateTime.parse(published).toInstant(ZoneOffset.UTC);
      } catch (RuntimeException e2) {
        try {
          return LocalDate.parse(published).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (RuntimeException e3) {
          return Instant.MIN;
        }
      }
    }
  }
}
