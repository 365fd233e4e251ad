package io.tagwire.cli;

import io.tagwire.config.PipelineConfig;
import io.tagwire.config.TagwireHome;
import io.tagwire.model.Json;
import io.tagwire.model.RelatedLink;
import io.tagwire.related.ArticleSignature;
import io.tagwire.related.CandidateIndex;
import io.tagwire.related.CorpusStats;
import io.tagwire.related.DuplicateDetector;
import io.tagwire.related.LinkSelector;
import io.tagwire.related.RelatedScorer;
import io.tagwire.related.RelatedSettings;
import io.tagwire.related.ScoredPair;
import io.tagwire.related.SyntheticArchive;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tagwire bench related}: cost of one night's related-article step against synthetic
 * archives of growing size, and recall of the candidate step against exact brute-force scoring.
 *
 * <p>It runs the plain-Java code the Beam stage runs ({@link CandidateIndex} key selection,
 * posting caps, proposals and candidate selection; {@link RelatedScorer}; {@link DuplicateDetector};
 * {@link LinkSelector}) in one JVM, streaming the archive twice (frequencies, then postings) as
 * the stage reads it, without Beam's shuffles. Only time spent in that code is counted; making up
 * the synthetic articles is not.
 */
@Command(name = "related", mixinStandardHelpOptions = true,
    description = {"Time and memory of related-article linking over synthetic archives (10k, 100k, 1M by default),",
        "the growth ratio, and recall@10 of candidate generation against brute-force exact scoring."})
public final class BenchRelatedCommand implements Callable<Integer> {

  @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000", paramLabel = "N,N,...",
      description = "Archive sizes (default: ${DEFAULT-VALUE}).")
  List<Long> sizes;

  @Option(names = "--tonight", defaultValue = "300", description = "New articles per night (default: ${DEFAULT-VALUE}).")
  int tonight;

  @Option(names = "--per-day", defaultValue = "300", description = "Archive articles per day (default: ${DEFAULT-VALUE}).")
  int perDay;

  @Option(names = "--sample", defaultValue = "20000", description = "Archive size for the brute-force recall check (default: ${DEFAULT-VALUE}).")
  long sample;

  @Option(names = "--scale-queries", defaultValue = "20",
      description = "Tonight's articles also checked by brute force at every size (0: none; default: ${DEFAULT-VALUE}).")
  int scaleQueries;

  @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--pipeline", paramLabel = "FILE", defaultValue = "pipelines/nightly.yaml",
      description = "Pipeline file whose 'related' settings are used (default: ${DEFAULT-VALUE}).")
  String pipeline;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** What one night costs at one archive size. */
  record Night(long archive, double countSeconds, double postSeconds, double candidateSeconds, double scoreSeconds,
      double totalSeconds, double cpuSeconds, double gcSeconds, long retainedMb, long peakMb, double candidatesPerArticle, long pairsScored, int cappedKeys,
      long duplicatesFlagged, double linksPerArticle, Double scaleRecall) {}

  /** Links of one night, with what was counted on the way. */
  record Outcome(Map<String, List<CandidateIndex.Candidate>> candidates, Map<String, List<ScoredPair>> pairs,
      DuplicateDetector.Groups groups, CorpusStats stats, Night night) {}

  @Override
  public Integer call() {
    RelatedSettings settings = RelatedSettings.load(PipelineConfig.load(TagwireHome.resolve(pipeline)).related());
    PrintWriter err = spec.commandLine().getErr();
    var c = settings.config();
    err.printf("tagwire: bench related: %d new articles a night, %d archive articles a day; queryTerms %d, maxPosting %d, maxCandidates %d%n",
        tonight, perDay, c.queryTerms(), c.maxPosting(), c.maxCandidates());
    err.flush();

    // JIT warm-up on a small archive, not reported.
    run(settings, new SyntheticArchive(seed + 1, 5_000, perDay, settings.bands(), c.shingleSize()), 0);

    List<Night> nights = new ArrayList<>();
    for (long n : sizes) {
      Night night = run(settings, new SyntheticArchive(seed, n, perDay, settings.bands(), c.shingleSize()), scaleQueries).night();
      nights.add(night);
      err.printf("tagwire: archive %,d: %.2f s (cpu %.2f s), retained %d MB, peak %d MB%n", n, night.totalSeconds(),
          night.cpuSeconds(), night.retainedMb(), night.peakMb());
      err.flush();
    }
    Map<String, Double> recall = sampleRecall(settings);

    Map<String, Object> growth = new LinkedHashMap<>();
    for (int i = 1; i < nights.size(); i++) {
      Night a = nights.get(i - 1);
      Night b = nights.get(i);
      Map<String, Double> g = new LinkedHashMap<>();
      g.put("wall", round(b.totalSeconds() / a.totalSeconds(), 2));
      g.put("cpu", round(b.cpuSeconds() / a.cpuSeconds(), 2));
      growth.put(a.archive() + "->" + b.archive(), g);
    }
    print(nights, growth, recall);
    return 0;
  }

  private Outcome run(RelatedSettings settings, SyntheticArchive gen, int bruteQueries) {
    var c = settings.config();
    long baseline = usedAfterGc();
    resetPeaks();
    long gc0 = gcMillis();
    var threads = ManagementFactory.getThreadMXBean();
    long cpuNs = 0;
    List<ArticleSignature> batch = new ArrayList<>();
    for (int k = 0; k < tonight; k++) {
      batch.add(gen.tonight(k));
    }
    CandidateIndex.InMemory index = new CandidateIndex.InMemory(batch, settings.bands(), c.queryTerms(), c.maxPosting(), c.maxCandidates());
    long countNs = 0;
    for (long i = 0; i < gen.size(); i++) {
      ArticleSignature s = gen.archived(i);
      long cpu = threads.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      index.count(s);
      countNs += System.nanoTime() - t;
      cpuNs += threads.getCurrentThreadCpuTime() - cpu;
    }
    long postNs = 0;
    for (long i = 0; i < gen.size(); i++) {
      ArticleSignature s = gen.archived(i);
      long cpu = threads.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      index.post(s);
      postNs += System.nanoTime() - t;
      cpuNs += threads.getCurrentThreadCpuTime() - cpu;
    }
    long retained = Math.max(0, usedAfterGc() - baseline) / (1024 * 1024);

    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    Map<String, List<CandidateIndex.Candidate>> candidates = index.candidates();
    long candidateNs = System.nanoTime() - t0;
    cpuNs += threads.getCurrentThreadCpuTime() - cpu0;

    // The archive records the candidates need, fetched (made up again) outside the clock.
    Map<String, ArticleSignature> byId = new HashMap<>();
    batch.forEach(s -> byId.put(s.id(), s));
    for (String id : CandidateIndex.InMemory.otherIds(candidates)) {
      byId.computeIfAbsent(id, x -> gen.archived(SyntheticArchive.indexOf(x)));
    }

    cpu0 = threads.getCurrentThreadCpuTime();
    t0 = System.nanoTime();
    CorpusStats stats = index.stats();
    RelatedScorer scorer = settings.scorer();
    Map<String, RelatedScorer.View> views = new HashMap<>();
    Map<String, List<ScoredPair>> pairs = new HashMap<>();
    List<DuplicateDetector.Edge> edges = new ArrayList<>();
    long scored = 0;
    long candidateCount = 0;
    for (Map.Entry<String, List<CandidateIndex.Candidate>> e : candidates.entrySet()) {
      RelatedScorer.View a = views.computeIfAbsent(e.getKey(), id -> RelatedScorer.view(byId.get(id), stats));
      List<ScoredPair> kept = new ArrayList<>();
      for (CandidateIndex.Candidate cand : e.getValue()) {
        RelatedScorer.View b = views.computeIfAbsent(cand.otherId(), id -> RelatedScorer.view(byId.get(id), stats));
        ScoredPair p = ScoredPair.of(scorer, a, b, c.nearDuplicateJaccard(), c.minScore());
        scored++;
        if (p != null) {
          kept.add(p);
          if (p.verdict().duplicate()) {
            edges.add(p.edge());
          }
        }
      }
      candidateCount += e.getValue().size();
      pairs.put(e.getKey(), kept);
    }
    DuplicateDetector.Groups groups = DuplicateDetector.resolve(edges);
    Map<String, List<RelatedLink>> links = new HashMap<>();
    long linkCount = 0;
    for (ArticleSignature s : batch) {
      List<RelatedLink> l = LinkSelector.select(s.id(), pairs.getOrDefault(s.id(), List.of()), groups, c.topK(), c.minScore());
      links.put(s.id(), l);
      linkCount += l.size();
    }
    long scoreNs = System.nanoTime() - t0;
    cpuNs += threads.getCurrentThreadCpuTime() - cpu0;
    long peak = peakMb();
    long gcMs = gcMillis() - gc0;

    Double scaleRecall = null;
    if (bruteQueries > 0) {
      scaleRecall = bruteForceRecall(settings, gen, batch.subList(0, Math.min(bruteQueries, batch.size())), candidates, pairs,
          groups, stats, 10).get("shownLinks");
    }
    Night night = new Night(gen.size(), round(countNs / 1e9, 3), round(postNs / 1e9, 3), round(candidateNs / 1e9, 3),
        round(scoreNs / 1e9, 3), round((countNs + postNs + candidateNs + scoreNs) / 1e9, 3), round(cpuNs / 1e9, 3),
        round(gcMs / 1e3, 3), retained, peak,
        round((double) candidateCount / batch.size(), 1), scored, index.cappedKeys(), groups.duplicateOf().size(),
        round((double) linkCount / batch.size(), 2), scaleRecall == null ? null : round(scaleRecall, 4));
    return new Outcome(candidates, pairs, groups, stats, night);
  }

  /** Recall@10 of the candidate step on the sample archive, for every article of tonight. */
  private Map<String, Double> sampleRecall(RelatedSettings settings) {
    var c = settings.config();
    SyntheticArchive gen = new SyntheticArchive(seed, sample, perDay, settings.bands(), c.shingleSize());
    Outcome o = run(settings, gen, 0);
    List<ArticleSignature> batch = new ArrayList<>();
    for (int k = 0; k < tonight; k++) {
      batch.add(gen.tonight(k));
    }
    return bruteForceRecall(settings, gen, batch, o.candidates(), o.pairs(), o.groups(), o.stats(), 10);
  }

  /**
   * Scores every query against the whole archive and the rest of tonight and takes the exact top
   * 10. {@code shownLinks}: of the exact top-10 links (same exclusions, same minimum score), the
   * share the candidate path also links. {@code anyScore}: of the exact top 10 by score, whatever
   * the score, the share that were among the candidates.
   */
  private Map<String, Double> bruteForceRecall(RelatedSettings settings, SyntheticArchive gen, List<ArticleSignature> queries,
      Map<String, List<CandidateIndex.Candidate>> candidates, Map<String, List<ScoredPair>> candidatePairs,
      DuplicateDetector.Groups groups, CorpusStats stats, int k) {
    var c = settings.config();
    RelatedScorer scorer = settings.scorer();
    List<ArticleSignature> batch = new ArrayList<>();
    for (int i = 0; i < tonight; i++) {
      batch.add(gen.tonight(i));
    }
    Map<String, RelatedScorer.View> q = new LinkedHashMap<>();
    queries.forEach(s -> q.put(s.id(), RelatedScorer.view(s, stats)));
    int keep = k * 4;
    Map<String, PriorityQueue<Object[]>> best = new HashMap<>();
    q.keySet().forEach(id -> best.put(id, new PriorityQueue<>((x, y) -> Double.compare((double) x[0], (double) y[0]))));
    java.util.function.Consumer<ArticleSignature> offer = other -> {
      RelatedScorer.View b = RelatedScorer.view(other, stats);
      q.forEach((id, a) -> {
        if (id.equals(other.id())) {
          return;
        }
        double s = scorer.scoreOnly(a, b);
        PriorityQueue<Object[]> heap = best.get(id);
        if (heap.size() < keep || s > (double) heap.peek()[0]) {
          heap.add(new Object[] {s, other});
          if (heap.size() > keep) {
            heap.poll();
          }
        }
      });
    };
    batch.forEach(offer);
    for (long i = 0; i < gen.size(); i++) {
      offer.accept(gen.archived(i));
    }
    long shownFound = 0;
    long shownTotal = 0;
    long anyFound = 0;
    long anyTotal = 0;
    for (Map.Entry<String, RelatedScorer.View> e : q.entrySet()) {
      List<Object[]> top = new ArrayList<>(best.get(e.getKey()));
      top.sort((x, y) -> {
        int cmp = Double.compare((double) y[0], (double) x[0]);
        return cmp != 0 ? cmp : ((ArticleSignature) x[1]).id().compareTo(((ArticleSignature) y[1]).id());
      });
      Set<String> candidateIds = new HashSet<>();
      candidates.getOrDefault(e.getKey(), List.of()).forEach(cand -> candidateIds.add(cand.otherId()));
      for (Object[] x : top.subList(0, Math.min(k, top.size()))) {
        if ((double) x[0] > 0) {
          anyTotal++;
          if (candidateIds.contains(((ArticleSignature) x[1]).id())) {
            anyFound++;
          }
        }
      }
      List<ScoredPair> exactPairs = new ArrayList<>();
      for (Object[] x : top) {
        exactPairs.add(ScoredPair.of(scorer, e.getValue(), RelatedScorer.view((ArticleSignature) x[1], stats), c.nearDuplicateJaccard()));
      }
      List<RelatedLink> exact = LinkSelector.select(e.getKey(), exactPairs, groups, k, c.minScore());
      List<RelatedLink> got = LinkSelector.select(e.getKey(), candidatePairs.getOrDefault(e.getKey(), List.of()), groups, k, c.minScore());
      Set<String> gotIds = new HashSet<>();
      got.forEach(l -> gotIds.add(l.id()));
      shownTotal += exact.size();
      shownFound += exact.stream().filter(l -> gotIds.contains(l.id())).count();
    }
    Map<String, Double> r = new LinkedHashMap<>();
    r.put("shownLinks", shownTotal == 0 ? 1.0 : round((double) shownFound / shownTotal, 4));
    r.put("anyScore", anyTotal == 0 ? 1.0 : round((double) anyFound / anyTotal, 4));
    r.put("shownLinksCompared", (double) shownTotal);
    return r;
  }

  private void print(List<Night> nights, Map<String, Object> growth, Map<String, Double> recall) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("tonight", tonight);
      o.put("perDay", perDay);
      o.put("seed", seed);
      o.put("nights", nights);
      o.put("growth", growth);
      o.put("sampleArchive", sample);
      o.put("recallAt10", recall);
      out.println(Json.write(o));
      out.flush();
      return;
    }
    out.printf("Related articles, one night of %d new articles (plain-Java code of the Beam stage, in one JVM)%n", tonight);
    out.printf("%10s %8s %8s %8s %8s %8s %8s %7s %9s %7s %9s %7s %6s %6s %7s%n", "archive", "count s", "post s", "cand s",
        "score s", "wall s", "cpu s", "gc s", "retainMB", "peakMB", "cand/art", "capped", "dups", "links", "rec@10*");
    for (Night n : nights) {
      out.printf("%,10d %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f %7.2f %9d %7d %9.1f %7d %6d %6.2f %7s%n", n.archive(), n.countSeconds(),
          n.postSeconds(), n.candidateSeconds(), n.scoreSeconds(), n.totalSeconds(), n.cpuSeconds(), n.gcSeconds(),
          n.retainedMb(), n.peakMb(),
          n.candidatesPerArticle(), n.cappedKeys(), n.duplicatesFlagged(), n.linksPerArticle(),
          n.scaleRecall() == null ? "-" : String.format("%.3f", n.scaleRecall()));
    }
    out.printf("wall/cpu s: time in the related code (thread CPU for cpu s); gc s: collector time over the whole size, "
        + "synthetic generation included%n");
    out.printf("* recall@10 of shown links against brute force, first %d articles of the night%n", scaleQueries);
    growth.forEach((k, v) -> out.printf("growth %s: wall %sx, cpu %sx (bar for 100k->1M: at most 12x)%n", k,
        ((Map<?, ?>) v).get("wall"), ((Map<?, ?>) v).get("cpu")));
    out.printf("recall@10 against brute-force exact scoring, %,d-article archive, all %d articles: shown links %.4f "
        + "of %.0f (bar: >= 0.95); exact top 10 at any score found among candidates %.4f%n", sample, tonight,
        recall.get("shownLinks"), recall.get("shownLinksCompared"), recall.get("anyScore"));
    out.flush();
  }

  private static long usedAfterGc() {
    System.gc();
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static long gcMillis() {
    long ms = 0;
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, gc.getCollectionTime());
    }
    return ms;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }

  private static double round(double x, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(x * f) / f;
  }
}
