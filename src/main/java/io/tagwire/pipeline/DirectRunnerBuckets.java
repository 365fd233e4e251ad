package io.tagwire.pipeline;

import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * How the DirectRunner is kept from drowning in bundles. It makes every key of a shuffle its own
 * bundle and then pays per bundle at every later step: it sets up a new evaluator (re-translating
 * the step to its proto form each time), does watermark bookkeeping, and at the final sort copies
 * everything already buffered for the shard, which grows quadratically with the number of bundles.
 * Keyed by article id, that was one bundle per article, and at 1,000 articles the overhead was
 * larger than the language and tokenize stages' own work (profile in docs/scaling.md).
 *
 * <p>On the DirectRunner, records are therefore shuffled into a bounded number of buckets per
 * worker thread: bundles small enough to keep the threads evenly busy, few enough to be cheap.
 * Distributed runners (Flink, Spark, Dataflow) stream records between operators and keep the
 * usual keys (one per article, or a random key per record).
 */
public final class DirectRunnerBuckets {
  private DirectRunnerBuckets() {}

  /** Buckets per DirectRunner thread: 1,000 articles on 2 threads make bundles of about 16. */
  static final int PER_THREAD = 32;

  /** The number of buckets for a pipeline with these options, or 0 when it does not run on the DirectRunner. */
  public static int count(PipelineOptions options) {
    if (options.getRunner() != DirectRunner.class) {
      return 0;
    }
    return PER_THREAD * Math.max(1, options.as(DirectOptions.class).getTargetParallelism());
  }
}
