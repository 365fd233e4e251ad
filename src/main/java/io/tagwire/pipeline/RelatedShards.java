package io.tagwire.pipeline;

import java.io.Serializable;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * How many groups the related stage's shuffles use: postings travel grouped by a hash of their key,
 * everything about one article grouped by a hash of its id, and each group is regrouped in memory.
 * One group per key or per article would cost runners far more than the few values in it.
 *
 * <p>One group per worker thread (at least two): enough to keep the workers busy (the work per group
 * is hash-balanced), and no more, because the DirectRunner copies a key's grouped values each time
 * another bundle adds to them, and every group upstream is a bundle. With fixed counts of 128
 * posting groups and 32 article groups on 2 threads, half of a 1,000-article run went to those
 * copies; with four groups per thread a run of language, tokenize, entities and related over those
 * articles took 17% more CPU than with one (64 against 55 s)
 * ({@code tagwire run}; docs/scaling.md). The output does not depend on the counts
 * (checked byte for byte): proposals are exact fixed-point sums merged in any order, and
 * everything written is sorted.
 */
record RelatedShards(int postings, int articles) implements Serializable {

  /** One group per worker; the earlier fixed counts (128, 32) when a remote cluster decides. */
  static RelatedShards forOptions(PipelineOptions options) {
    return new RelatedShards(RunnerDefaults.groups(options, 1, 128), RunnerDefaults.groups(options, 1, 32));
  }

  int ofKey(String key) {
    return Math.floorMod(key.hashCode(), postings);
  }

  int ofId(String id) {
    return Math.floorMod(id.hashCode(), articles);
  }
}
