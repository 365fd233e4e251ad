package io.tagwire.related;

import java.io.Serializable;
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
 * queried the way Lucene's more_like_this queries one: by the document's most telling terms.
 *
 * <ol>
 *   <li>Every article is a document under all its {@link IndexKeys}; the archive is posted only
 *       under keys some article of tonight queries, the rest would meet no pair.</li>
 *   <li>Each of tonight's articles queries ({@link #queryKeys}) its {@code queryTerms} terms of
 *       highest tf·idf, all its entities, its LSH band keys and its content hash.</li>
 *   <li>A key whose posting list is longer than {@code maxPosting} documents (batch + archive)
 *       says little and would cost much: it proposes nothing ({@link #pairs}).</li>
 *   <li>Any other key proposes, to each article querying it, every other document in its list,
 *       weighted by the key's idf; a band or content-hash key marks them as duplicate candidates.</li>
 *   <li>Per article, proposals are summed per other document ({@link #merge}) and the
 *       {@code maxCandidates} heaviest kept, plus every duplicate candidate ({@link #select}).</li>
 * </ol>
 *
 * Work per night is bounded by tonight's articles × query keys × maxPosting, whatever the
 * archive's size; reading the archive stays linear. The Beam stage runs these steps with
 * GroupByKey over the same static functions; {@link InMemory} runs them in one JVM for the
 * benchmark and tests.
 */
public final class CandidateIndex {

  /** One document in a key's posting list; {@code query} when the document is tonight's and queries the key. */
  public record Posting(String id, boolean query) implements Serializable {}

  /** What one key proposes to one querying article: the other documents, the key's weight, its kind. */
  public record Proposal(long weight, boolean duplicateKey, List<String> others) implements Serializable {}

  /**
   * A candidate of one of tonight's articles: the other article, the summed idf of the keys that
   * proposed it (fixed point, micro-units, so that sums do not depend on the order a runner adds
   * them in) and whether a duplicate key proposed it.
   */
  public record Candidate(String otherId, long weight, boolean duplicateKey) implements Serializable {}

  /** Receives (querying article id, proposal). */
  public interface ProposalSink {
    void accept(String tonightId, Proposal proposal);
  }

  static final double WEIGHT_UNIT = 1e6;

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
   * Steps 3–4 for one key with its complete posting list (whose length is the key's document
   * frequency over batch and archive, {@code documents} documents in all). Returns false, and
   * proposes nothing, when the list is longer than {@code maxPosting}.
   */
  public static boolean pairs(String key, List<Posting> postings, long documents, int maxPosting, ProposalSink out) {
    if (postings.size() > maxPosting) {
      return false;
    }
    boolean duplicateKey = IndexKeys.isDuplicateKey(key);
    long weight = duplicateKey ? 0 : Math.round(CorpusStats.idf(documents, postings.size()) * WEIGHT_UNIT);
    for (Posting q : postings) {
      if (!q.query()) {
        continue;
      }
      List<String> others = new ArrayList<>(postings.size() - 1);
      for (Posting d : postings) {
        if (!d.id().equals(q.id())) {
          others.add(d.id());
        }
      }
      if (!others.isEmpty()) {
        out.accept(q.id(), new Proposal(weight, duplicateKey, others));
      }
    }
    return true;
  }

  /** Step 5a: adds one proposal to an article's candidates so far. */
  public static void merge(Map<String, Candidate> candidates, Proposal p) {
    for (String other : p.others()) {
      candidates.merge(other, new Candidate(other, p.weight(), p.duplicateKey()),
          (a, b) -> new Candidate(a.otherId(), a.weight() + b.weight(), a.duplicateKey() || b.duplicateKey()));
    }
  }

  /** Step 5b: the heaviest {@code maxCandidates} (weight, then id) and all duplicate candidates, sorted by id. */
  public static List<Candidate> select(Iterable<Candidate> merged, int maxCandidates) {
    List<Candidate> sorted = new ArrayList<>();
    merged.forEach(sorted::add);
    sorted.sort(Comparator.comparingLong(Candidate::weight).reversed().thenComparing(Candidate::otherId));
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
   * queried keys only (at most maxPosting + 1 ids each), never the archive.
   */
  public static final class InMemory {
    private final List<ArticleSignature> tonight;
    private final LshBands bands;
    private final int queryTerms;
    private final int maxPosting;
    private final int maxCandidates;
    private final Map<String, long[]> df = new HashMap<>();
    private long documents;
    private Map<String, List<Posting>> byKey;
    private Set<String> capped;

    public InMemory(List<ArticleSignature> tonight, LshBands bands, int queryTerms, int maxPosting, int maxCandidates) {
      this.tonight = List.copyOf(tonight);
      this.bands = bands;
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
      for (String k : IndexKeys.frequencyKeys(s)) {
        df.computeIfAbsent(k, x -> new long[1])[0]++;
      }
    }

    /** Pass 2: one archive article posted under the keys tonight queries. */
    public void post(ArticleSignature archived) {
      startPosting();
      add(archived, false);
    }

    private void startPosting() {
      if (byKey != null) {
        return;
      }
      byKey = new HashMap<>();
      capped = new HashSet<>();
      CorpusStats stats = stats();
      Map<String, Set<String>> queries = new HashMap<>();
      for (ArticleSignature s : tonight) {
        for (String k : queryKeys(s, stats, bands, queryTerms)) {
          byKey.computeIfAbsent(k, x -> new ArrayList<>());
          queries.computeIfAbsent(s.id(), x -> new HashSet<>()).add(k);
        }
      }
      for (ArticleSignature s : tonight) {
        Set<String> q = queries.getOrDefault(s.id(), Set.of());
        for (String k : IndexKeys.indexKeys(s, bands)) {
          addPosting(k, new Posting(s.id(), q.contains(k)));
        }
      }
    }

    private void add(ArticleSignature s, boolean query) {
      for (String k : IndexKeys.indexKeys(s, bands)) {
        addPosting(k, new Posting(s.id(), query));
      }
    }

    private void addPosting(String key, Posting p) {
      List<Posting> list = byKey.get(key);
      if (list == null) {
        return;
      }
      list.add(p);
      if (list.size() > maxPosting) {
        byKey.remove(key); // over the cap for good: stop holding its ids
        capped.add(key);
      }
    }

    public CorpusStats stats() {
      Map<String, Long> frequencies = new HashMap<>(df.size() * 2);
      df.forEach((k, v) -> frequencies.put(k, v[0]));
      return CorpusStats.of(frequencies, documents);
    }

    public long documents() {
      return documents;
    }

    /** Queried keys that proposed nothing because their posting list exceeded maxPosting. */
    public int cappedKeys() {
      return capped == null ? 0 : capped.size();
    }

    /** Postings held right now (for memory accounting). */
    public long postingsHeld() {
      return byKey == null ? 0 : byKey.values().stream().mapToLong(List::size).sum();
    }

    /** Candidates per tonight article, by article id. */
    public Map<String, List<Candidate>> candidates() {
      startPosting();
      Map<String, Map<String, Candidate>> merged = new TreeMap<>();
      for (Map.Entry<String, List<Posting>> e : byKey.entrySet()) {
        pairs(e.getKey(), e.getValue(), documents, maxPosting,
            (id, p) -> merge(merged.computeIfAbsent(id, x -> new HashMap<>()), p));
      }
      Map<String, List<Candidate>> out = new TreeMap<>();
      merged.forEach((id, m) -> out.put(id, select(m.values(), maxCandidates)));
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
