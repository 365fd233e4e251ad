package io.tagwire.related;

import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.Article;
import io.tagwire.model.Entity;
import io.tagwire.model.TagSuggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the {@link ArticleSignature} of one of tonight's articles from its text, its canonical
 * entities (from the {@code entities} stage) and, if the {@code tags} stage ran, its suggested
 * tags. Not thread-safe (the term extractor's stemmer): one per thread.
 */
public final class SignatureBuilder {
  private final TermExtractor terms;
  private final MinHasher minHasher;
  private final int shingleSize;

  public SignatureBuilder(Set<String> stopwords, int maxTerms, int shingleSize, LshBands bands) {
    this.terms = new TermExtractor(stopwords, maxTerms);
    this.minHasher = new MinHasher(bands.signatureSize());
    this.shingleSize = shingleSize;
  }

  /**
   * The signature of an article of tonight's batch; {@code embedding} may be null (no sentence
   * embedding model configured).
   */
  public ArticleSignature build(AnnotatedArticle a, String runDate, float[] embedding) {
    Article in = a.article();
    TermExtractor.Terms t = terms.terms(in.title(), in.body());
    int[] shingles = Shingles.of(TermExtractor.words(in.title(), in.body()), shingleSize);
    List<ArticleSignature.EntityWeight> entities = new ArrayList<>();
    java.util.Map<String, ArticleSignature.EntityWeight> byKey = new java.util.TreeMap<>();
    for (Entity e : a.entities()) {
      String key = e.name().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (key.isEmpty() || e.salience() <= 0) {
        continue;
      }
      // Two canonical entities with one name (a place and an organisation called alike) count once,
      // with the higher salience: the link explanation names them once anyway.
      ArticleSignature.EntityWeight w = new ArticleSignature.EntityWeight(key, e.name().strip(),
          e.type() == null ? null : e.type().name(), e.salience());
      byKey.merge(key, w, (x, y) -> x.salience() >= y.salience() ? x : y);
    }
    entities.addAll(byKey.values());
    List<String> tags = new ArrayList<>();
    for (TagSuggestion s : a.suggestedTags()) {
      if (s.tag() != null && !s.tag().isBlank()) {
        tags.add(s.tag().strip());
      }
    }
    return new ArticleSignature(in.id(), in.title(), in.url(), in.published(), in.section(), runDate, false,
        a.contentHash(), null, t.terms(), t.counts(), t.surfaces(), entities, tags, shingles,
        minHasher.signature(shingles), embedding);
  }
}
