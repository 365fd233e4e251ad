package io.tagwire.pipeline;

import io.tagwire.model.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Writes lines, each with a sort key, as sorted part files under {@code <dir>/.parts/}; the driver
 * then merges them into {@code <dir>/<prefix>-SSSSS-of-NNNNN.jsonl} ({@link SortedShards}).
 *
 * <p>Why parts: grouping a whole shard under one key makes the DirectRunner copy the growing
 * group on every bundle (quadratic; minutes for a few thousand articles). Each shard is therefore
 * spread over {@link #BUCKETS} keys by a stable hash, each bucket written sorted by one worker
 * (a retried bucket overwrites its own file), and the k-way merge on the driver streams. The same
 * input gives byte-identical files on any runner and with any parallelism.
 */
public class WriteSortedLines extends PTransform<PCollection<KV<String, String>>, PDone> {
  static final int BUCKETS = 64;
  static final String PARTS = ".parts";

  private final String dir;
  private final String prefix;
  private final int shards;

  public WriteSortedLines(String dir, String prefix, int shards) {
    this.dir = dir;
    this.prefix = prefix;
    this.shards = shards;
  }

  public static String shardName(String prefix, int shard, int shards) {
    return String.format("%s-%05d-of-%05d.jsonl", prefix, shard, shards);
  }

  static String partName(String prefix, int shard, int shards, int bucket) {
    return shardName(prefix, shard, shards) + String.format(".part-%03d", bucket);
  }

  /** Shard of a key; stable across JVMs (String.hashCode is specified). */
  static int shardOf(String key, int shards) {
    return Math.floorMod(key.hashCode(), shards);
  }

  @Override
  public PDone expand(PCollection<KV<String, String>> lines) {
    int n = shards;
    lines
        .apply("Assign bucket", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.integers(), TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings())))
            .via((KV<String, String> kv) -> KV.of(
                shardOf(kv.getKey(), n) * BUCKETS + Math.floorMod(Integer.rotateLeft(kv.getKey().hashCode(), 16), BUCKETS), kv)))
        .apply("Group bucket", GroupByKey.create())
        .apply("Write sorted part", ParDo.of(new WritePartFn(dir, prefix, shards)));
    return PDone.in(lines.getPipeline());
  }

  static class WritePartFn extends DoFn<KV<Integer, Iterable<KV<String, String>>>, Void> {
    private final String dir;
    private final String prefix;
    private final int shards;

    WritePartFn(String dir, String prefix, int shards) {
      this.dir = dir;
      this.prefix = prefix;
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, String>>> bucket) throws IOException {
      List<KV<String, String>> lines = new ArrayList<>();
      bucket.getValue().forEach(lines::add);
      lines.sort(SortedShards::compare);
      int shard = bucket.getKey() / BUCKETS;
      ResourceId target = FileSystems.matchNewResource(dir, true)
          .resolve(PARTS, StandardResolveOptions.RESOLVE_DIRECTORY)
          .resolve(partName(prefix, shard, shards, bucket.getKey() % BUCKETS), StandardResolveOptions.RESOLVE_FILE);
      try (OutputStream out = Channels.newOutputStream(FileSystems.create(target, "text/plain"))) {
        for (KV<String, String> line : lines) {
          // The key is written JSON-quoted, so tabs and newlines inside it cannot break the line.
          out.write(Json.write(line.getKey()).getBytes(StandardCharsets.UTF_8));
          out.write('\t');
          out.write(line.getValue().getBytes(StandardCharsets.UTF_8));
          out.write('\n');
        }
      }
    }
  }
}
