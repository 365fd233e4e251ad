package io.tagwire.config;

/**
 * Related links and duplicates (see docs/related.md): how many links and the lowest score kept;
 * the blend weights and recency decay of the score; the shingle Jaccard at or above which two
 * texts are near-duplicates; and the bounds of candidate generation (posting lists longer than
 * {@code maxPosting} propose nothing, each article keeps its {@code maxCandidates} best
 * candidates). {@code lshBands × lshRows} MinHash values are stored per article: changing them
 * leaves older archive partitions without band keys (their duplicates are then found through the
 * term index only).
 */
public record RelatedConfig(
    Integer topK,
    Double minScore,
    Double halfLifeDays,
    Double recencyFloor,
    Double lexicalWeight,
    Double entityWeight,
    Double semanticWeight,
    Double nearDuplicateJaccard,
    Integer shingleSize,
    Integer lshBands,
    Integer lshRows,
    Integer queryTerms,
    Integer maxPosting,
    Integer maxCandidates,
    Integer maxTerms,
    String stopwords) implements java.io.Serializable {

  public RelatedConfig {
    topK = topK == null ? 5 : topK;
    minScore = minScore == null ? 0.15 : minScore;
    halfLifeDays = halfLifeDays == null ? 30.0 : halfLifeDays;
    recencyFloor = recencyFloor == null ? 0.5 : recencyFloor;
    lexicalWeight = lexicalWeight == null ? 0.6 : lexicalWeight;
    entityWeight = entityWeight == null ? 0.4 : entityWeight;
    semanticWeight = semanticWeight == null ? 0.0 : semanticWeight;
    nearDuplicateJaccard = nearDuplicateJaccard == null ? 0.6 : nearDuplicateJaccard;
    shingleSize = shingleSize == null ? 3 : shingleSize;
    lshBands = lshBands == null ? 42 : lshBands;
    lshRows = lshRows == null ? 3 : lshRows;
    queryTerms = queryTerms == null ? 50 : queryTerms;
    maxPosting = maxPosting == null ? 1000 : maxPosting;
    maxCandidates = maxCandidates == null ? 200 : maxCandidates;
    maxTerms = maxTerms == null ? 300 : maxTerms;
    stopwords = stopwords == null ? "models/related/stopwords-en.txt" : stopwords;
  }

  public static RelatedConfig defaults() {
    return new RelatedConfig(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  void validate(ConfigErrors errors) {
    errors.check(topK >= 1, "related.topK", "an integer >= 1", topK);
    errors.check(minScore >= 0 && minScore <= 1, "related.minScore", "a number in [0, 1]", minScore);
    errors.check(halfLifeDays > 0, "related.halfLifeDays", "a number > 0", halfLifeDays);
    errors.check(recencyFloor >= 0 && recencyFloor <= 1, "related.recencyFloor", "a number in [0, 1]", recencyFloor);
    errors.check(lexicalWeight > 0, "related.lexicalWeight", "a number > 0", lexicalWeight);
    errors.check(entityWeight >= 0, "related.entityWeight", "a number >= 0", entityWeight);
    errors.check(semanticWeight >= 0, "related.semanticWeight", "a number >= 0", semanticWeight);
    errors.check(nearDuplicateJaccard > 0 && nearDuplicateJaccard <= 1, "related.nearDuplicateJaccard", "a number in (0, 1]", nearDuplicateJaccard);
    errors.check(shingleSize >= 1 && shingleSize <= 10, "related.shingleSize", "an integer in [1, 10]", shingleSize);
    errors.check(lshBands >= 1 && lshRows >= 1 && lshBands * lshRows <= 1024, "related.lshBands/lshRows",
        "integers >= 1 with lshBands × lshRows <= 1024", lshBands + " × " + lshRows);
    errors.check(queryTerms >= 1, "related.queryTerms", "an integer >= 1", queryTerms);
    errors.check(maxPosting >= 10, "related.maxPosting", "an integer >= 10", maxPosting);
    errors.check(maxCandidates >= topK, "related.maxCandidates", "an integer >= related.topK", maxCandidates);
    errors.check(maxTerms >= 10, "related.maxTerms", "an integer >= 10", maxTerms);
  }
}
