package io.tagwire.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.tagwire.config.EntitiesConfig;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pass (a) of {@code bench pipeline}: what CoreNLP alone does with the pipeline's NER settings.
 * One {@link StanfordCoreNLP} object ({@code tokenize,ssplit,ner} plus the pipeline file's
 * {@code entities.corenlp} properties) shared by T threads, each taking the next body until none
 * are left: the ceiling the Beam pipeline is measured against.
 */
public final class BareNerLoop {
  private final StanfordCoreNLP pipeline;
  private final double loadSeconds;

  public BareNerLoop(Properties properties) {
    long t0 = System.nanoTime();
    pipeline = new StanfordCoreNLP(properties);
    loadSeconds = (System.nanoTime() - t0) / 1e9;
  }

  /** {@code tokenize,ssplit,ner} with the configured {@code ner.*} (and other) properties. */
  public static Properties properties(EntitiesConfig entities) {
    Properties p = new Properties();
    entities.corenlp().forEach(p::setProperty);
    p.setProperty("annotators", "tokenize,ssplit,ner");
    return p;
  }

  public double loadSeconds() {
    return loadSeconds;
  }

  /** Annotates every body on {@code threads} threads; returns the entity-tagged tokens found. */
  public long run(List<String> bodies, int threads) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicLong entityTokens = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          int i;
          while ((i = next.getAndIncrement()) < bodies.size()) {
            Annotation doc = new Annotation(bodies.get(i));
            pipeline.annotate(doc);
            long found = 0;
            for (CoreLabel token : doc.get(CoreAnnotations.TokensAnnotation.class)) {
              String ner = token.ner();
              if (ner != null && !"O".equals(ner)) {
                found++;
              }
            }
            entityTokens.addAndGet(found);
          }
          return null;
        }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return entityTokens.get();
  }
}
