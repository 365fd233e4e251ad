package io.tagwire.related;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Candidate generation without comparing all pairs: an inverted index with capped posting lists,
 * queried the way Lucene's more_like_this queries one, by the article's most telling terms.
 *
 * <ol>
 *   <li>Every article is a document under all its {@link IndexKeys}; the archive is posted only
 *       under keys some article of tonight queries, the rest would meet no pair. A posting carries
 *       the document's weight for the key (its term or entity weight divided by the norm of its
 *       vector, the factor the exact cosine uses) and its publication time.</li>
 *   <li>Each of tonight's articles queries ({@link #queryKeys}) its {@code queryTerms} terms of
 *       highest tf·idf, all its entities, its LSH band keys and its content hash.</li>
 *   <li>A key whose posting list is longer than {@code maxPosting} documents (batch + archive)
 *       says little and would cost much: it proposes nothing ({@link #pairs}).</li>
 *   <li>Any other key proposes, to each article querying it, every other document in its list with
 *       the product of the two weights (times the blend weight of terms or entities): summed over
 *       keys, that is the exact score restricted to the query's keys. A band or content-hash key
 *       marks the document as a duplicate candidate instead.</li>
 *   <li>Per article, proposals are summed per document ({@link #merge}), multiplied by the recency
 *       factor of the score, and the {@code maxCandidates} best kept, plus every duplicate
 *       candidate ({@link #select}).</li>
 * </ol>
 *
 * Work per night is bounded by tonight's articles × query keys × maxPosting, whatever the
 * archive's size; reading the archive stays linear. The Beam stage runs these steps with
 * GroupByKey over the same static functions; {@link InMemory} runs them in one JVM for the
 * benchmark and tests.
 */
public final class CandidateIndex {

  /**
   * One document in a key's posting list: {@code query} when it is tonight's and queries the key;
   * {@code weight} its normalised weight for the key (0 for band and hash keys); {@code published}
   * in epoch seconds ({@link Long#MIN_VALUE} when unknown).
   */
  public record Posting(String id, boolean query, double weight, long published) implements Serializable {}

  /** What one key proposes to one querying article: the other documents with their contributions. */
  public record Proposal(long queryPublished, boolean duplicateKey, List<String> others, long[] contributions, long[] published)
      implements Serializable {}

  /**
   * A candidate of one of tonight's articles: the other article, its summed contribution (fixed
   * point, {@value #UNIT} per 1, so sums do not depend on the order a runner adds them in), whether a
   * duplicate key proposed it, and its publication time.
   */
  public record Candidate(String otherId, long weight, boolean duplicateKey, long published) implements Serializable {}

  /** Receives (querying article id, proposal). */
  public interface ProposalSink {
    void accept(String tonightId, Proposal proposal);
  }

  static final long UNIT = 1_000_000_000L;

  private CandidateIndex() {}

  /** Step 2: the keys one of tonight's articles queries, under the night's document frequencies. */
  public static List<String> queryKeys(ArticleSignature s, CorpusStats stats, LshBands bands, int queryTerms) {
    String[] terms = s.terms();
    int[] tf = s.termCounts();
    Integer[] order = new Integer[terms.length];
    double[] weight = new double[terms.length];
    for (int i = 0; i < terms.length; i++) {
      order[i] = i;
      weight[i] = (1 + Math.log(tf[i])) * stats.idf(s.termKeys()[i]);
    }
    java.util.Arrays.sort(order, (x, y) -> weight[x] != weight[y] ? Double.compare(weight[y], weight[x]) : terms[x].compareTo(terms[y]));
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < Math.min(queryTerms, order.length); i++) {
      keys.add(s.termKeys()[order[i]]);
    }
    keys.addAll(java.util.Arrays.asList(s.entityKeys()));
    for (String b : bands.keys(s.minHash())) {
      keys.add(b);
    }
    if (s.contentHash() != null) {
      keys.add(IndexKeys.hash(s.contentHash()));
    }
    return keys;
  }

  /**
   * Step 1: an article's postings under the keys in {@code wanted}, flagged as queries for the keys
   * in {@code ownQueries} (empty for archive articles).
   */
  public static List<Map.Entry<String, Posting>> postings(ArticleSignature s, CorpusStats stats, LshBands bands,
      Set<String> wanted, Set<String> ownQueries) {
    List<Map.Entry<String, Posting>> out = new ArrayList<>();
    long published = s.publishedSecond();
    // Most archive articles share no key with tonight: their weighted vector is never computed.
    RelatedScorer.View v = null;
    String[] termKeys = s.termKeys();
    for (int i = 0; i < termKeys.length; i++) {
      if (wanted.contains(termKeys[i])) {
        v = v == null ? RelatedScorer.view(s, stats) : v;
        double w = v.termNorm > 0 ? v.termWeights[i] / v.termNorm : 0;
        out.add(new AbstractMap.SimpleImmutableEntry<>(termKeys[i], new Posting(s.id(), ownQueries.contains(termKeys[i]), w, published)));
      }
    }
    String[] entityKeys = s.entityKeys();
    for (int i = 0; i < entityKeys.length; i++) {
      if (wanted.contains(entityKeys[i])) {
        v = v == null ? RelatedScorer.view(s, stats) : v;
        double w = v.entityNorm > 0 ? v.entityWeights[i] / v.entityNorm : 0;
        out.add(new AbstractMap.SimpleImmutableEntry<>(entityKeys[i], new Posting(s.id(), ownQueries.contains(entityKeys[i]), w, published)));
      }
    }
    for (String k : bands.keys(s.minHash())) {
      if (wanted.contains(k)) {
        out.add(new AbstractMap.SimpleImmutableEntry<>(k, new Posting(s.id(), ownQueries.contains(k), 0, published)));
      }
    }
    if (s.contentHash() != null) {
      String k = IndexKeys.hash(s.contentHash());
      if (wanted.contains(k)) {
        out.add(new AbstractMap.SimpleImmutableEntry<>(k, new Posting(s.id(), ownQueries.contains(k), 0, published)));
      }
    }
    return out;
  }

  /**
   * Steps 3–4 for one key with its complete posting list. Returns false, and proposes nothing, when
   * the list is longer than {@code maxPosting}.
   */
  public static boolean pairs(String key, List<Posting> postings, int maxPosting, RelatedScorer.Weights weights, ProposalSink out) {
    if (postings.size() > maxPosting) {
      return false;
    }
    boolean duplicateKey = IndexKeys.isDuplicateKey(key);
    double blend = key.startsWith("t:") ? weights.lexical() : key.startsWith("e:") ? weights.entities() : 0;
    for (Posting q : postings) {
      if (!q.query()) {
        continue;
      }
      List<String> others = new ArrayList<>(postings.size() - 1);
      long[] contributions = new long[postings.size() - 1];
      long[] published = new long[postings.size() - 1];
      for (Posting d : postings) {
        if (!d.id().equals(q.id())) {
          contributions[others.size()] = Math.round(blend * q.weight() * d.weight() * UNIT);
          published[others.size()] = d.published();
          others.add(d.id());
        }
      }
      if (!others.isEmpty()) {
        int n = others.size();
        out.accept(q.id(), new Proposal(q.published(), duplicateKey, others,
            java.util.Arrays.copyOf(contributions, n), java.util.Arrays.copyOf(published, n)));
      }
    }
    return true;
  }

  /**
   * Step 4b: one article's candidates from one group of keys, merged by {@link #merge}, as at most
   * two proposals (candidates a duplicate key proposed, and the rest), ids sorted. Merging them
   * later gives exactly what merging the original proposals would (sums of fixed-point weights and
   * ORs of the duplicate flag do not depend on grouping), while a runner moves one proposal per
   * article and group instead of one per shared key.
   */
  public static List<Proposal> compact(long queryPublished, Map<String, Candidate> merged) {
    List<Proposal> out = new ArrayList<>(2);
    for (boolean duplicate : new boolean[] {true, false}) {
      List<Candidate> part = merged.values().stream()
          .filter(c -> c.duplicateKey() == duplicate)
          .sorted(Comparator.comparing(Candidate::otherId))
          .toList();
      if (!part.isEmpty()) {
        out.add(new Proposal(queryPublished, duplicate, part.stream().map(Candidate::otherId).toList(),
            part.stream().mapToLong(Candidate::weight).toArray(), part.stream().mapToLong(Candidate::published).toArray()));
      }
    }
    return out;
  }

  /** Step 5a: adds one proposal to an article's candidates so far. */
  public static void merge(Map<String, Candidate> candidates, Proposal p) {
    for (int j = 0; j < p.others().size(); j++) {
      String other = p.others().get(j);
      candidates.merge(other, new Candidate(other, p.contributions()[j], p.duplicateKey(), p.published()[j]),
          (a, b) -> new Candidate(a.otherId(), a.weight() + b.weight(), a.duplicateKey() || b.duplicateKey(), a.published()));
    }
  }

  /**
   * Step 5b: the best {@code maxCandidates} by summed contribution × recency (then id) and all
   * duplicate candidates, sorted by id.
   */
  public static List<Candidate> select(Iterable<Candidate> merged, long queryPublished, RelatedScorer.Weights weights,
      int maxCandidates) {
    List<Candidate> sorted = new ArrayList<>();
    merged.forEach(sorted::add);
    Map<String, Double> rank = new HashMap<>();
    for (Candidate c : sorted) {
      rank.put(c.otherId(), c.weight() * RelatedScorer.recency(queryPublished, c.published(), weights));
    }
    sorted.sort(Comparator.comparing((Candidate c) -> rank.get(c.otherId())).reversed().thenComparing(Candidate::otherId));
    List<Candidate> kept = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Candidate c = sorted.get(i);
      if (i < maxCandidates || c.duplicateKey()) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparing(Candidate::otherId));
    return kept;
  }

  // ---- The same steps in one JVM, streaming the archive twice. ----

  /**
   * An in-memory run: construct with tonight's articles, {@link #count} every archive article
   * (document frequencies), {@link #post} every archive article (postings under tonight's query
   * keys), then ask for {@link #candidates}. Memory holds the frequencies and the postings of
   * queried keys only (at most maxPosting + 1 each), never the archive.
   */
  public static final class InMemory {
    private final List<ArticleSignature> tonight;
    private final LshBands bands;
    private final RelatedScorer.Weights weights;
    private final int queryTerms;
    private final int maxPosting;
    private final int maxCandidates;
    private final Map<String, long[]> df = new HashMap<>();
    private long documents;
    private CorpusStats stats;
    private Map<String, List<Posting>> byKey;
    private Set<String> capped;

    public InMemory(List<ArticleSignature> tonight, LshBands bands, RelatedScorer.Weights weights, int queryTerms,
        int maxPosting, int maxCandidates) {
      this.tonight = List.copyOf(tonight);
      this.bands = bands;
      this.weights = weights;
      this.queryTerms = queryTerms;
      this.maxPosting = maxPosting;
      this.maxCandidates = maxCandidates;
      for (ArticleSignature s : tonight) {
        count(s);
      }
    }

    /** Pass 1: one archive article counted in the document frequencies. */
    public void count(ArticleSignature s) {
      if (byKey != null) {
        throw new IllegalStateException("count every article before posting any");
      }
      documents++;
      for (String k : s.termKeys()) {
        df.computeIfAbsent(k, x -> new long[1])[0]++;
      }
      for (String k : s.entityKeys()) {
        df.computeIfAbsent(k, x -> new long[1])[0]++;
      }
    }

    /** Pass 2: one archive article posted under the keys tonight queries. */
    public void post(ArticleSignature archived) {
      startPosting();
      for (Map.Entry<String, Posting> e : postings(archived, stats, bands, byKey.keySet(), Set.of())) {
        addPosting(e.getKey(), e.getValue());
      }
    }

    private void startPosting() {
      if (byKey != null) {
        return;
      }
      Map<String, Long> frequencies = new HashMap<>(df.size() * 2);
      df.forEach((k, v) -> frequencies.put(k, v[0]));
      stats = CorpusStats.of(frequencies, documents);
      byKey = new HashMap<>();
      capped = new HashSet<>();
      Map<String, Set<String>> queries = new HashMap<>();
      for (ArticleSignature s : tonight) {
        for (String k : queryKeys(s, stats, bands, queryTerms)) {
          byKey.computeIfAbsent(k, x -> new ArrayList<>());
          queries.computeIfAbsent(s.id(), x -> new HashSet<>()).add(k);
        }
      }
      Set<String> wanted = new HashSet<>(byKey.keySet());
      for (ArticleSignature s : tonight) {
        for (Map.Entry<String, Posting> e : postings(s, stats, bands, wanted, queries.getOrDefault(s.id(), Set.of()))) {
          addPosting(e.getKey(), e.getValue());
        }
      }
    }

    private void addPosting(String key, Posting p) {
      List<Posting> list = byKey.get(key);
      if (list == null) {
        return;
      }
      list.add(p);
      if (list.size() > maxPosting) {
        byKey.remove(key); // over the cap for good: stop holding its postings
        capped.add(key);
      }
    }

    /** The night's document frequencies (after every article was counted). */
    public CorpusStats stats() {
      startPosting();
      return stats;
    }

    public long documents() {
      return documents;
    }

    /** Queried keys that proposed nothing because their posting list exceeded maxPosting. */
    public int cappedKeys() {
      return capped == null ? 0 : capped.size();
    }

    /** Candidates per tonight article, by article id. */
    public Map<String, List<Candidate>> candidates() {
      startPosting();
      Map<String, Map<String, Candidate>> merged = new TreeMap<>();
      Map<String, Long> queryPublished = new HashMap<>();
      for (Map.Entry<String, List<Posting>> e : byKey.entrySet()) {
        pairs(e.getKey(), e.getValue(), maxPosting, weights, (id, p) -> {
          merge(merged.computeIfAbsent(id, x -> new HashMap<>()), p);
          queryPublished.put(id, p.queryPublished());
        });
      }
      Map<String, List<Candidate>> out = new TreeMap<>();
      merged.forEach((id, m) -> out.put(id, select(m.values(), queryPublished.get(id), weights, maxCandidates)));
      return out;
    }

    /** Ids among the candidates: the only archive records scoring must fetch. */
    public static Set<String> otherIds(Map<String, List<Candidate>> candidates) {
      Set<String> ids = new HashSet<>();
      candidates.values().forEach(list -> list.forEach(c -> ids.add(c.otherId())));
      return ids;
    }
  }
}
