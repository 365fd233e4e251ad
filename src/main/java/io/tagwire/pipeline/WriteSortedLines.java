package io.tagwire.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
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
 * Writes lines into {@code <dir>/<prefix>-SSSSS-of-NNNNN.jsonl}, each shard sorted by the line's
 * key. Shards are chosen by a stable hash of the key and written whole by one worker, so the same
 * input gives byte-identical files on any runner and with any parallelism; a retried shard simply
 * overwrites itself. Shards without lines are created empty by the run's finaliser.
 */
public class WriteSortedLines extends PTransform<PCollection<KV<String, String>>, PDone> {
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

  @Override
  public PDone expand(PCollection<KV<String, String>> lines) {
    int n = shards;
    lines
        .apply("Assign shard", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.integers(), TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings())))
            .via((KV<String, String> kv) -> KV.of(Math.floorMod(kv.getKey().hashCode(), n), kv)))
        .apply("Group shard", GroupByKey.create())
        .apply("Write shard", ParDo.of(new WriteShardFn(dir, prefix, shards)));
    return PDone.in(lines.getPipeline());
  }

  static class WriteShardFn extends DoFn<KV<Integer, Iterable<KV<String, String>>>, Void> {
    private final String dir;
    private final String prefix;
    private final int shards;

    WriteShardFn(String dir, String prefix, int shards) {
      this.dir = dir;
      this.prefix = prefix;
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, String>>> shard) throws IOException {
      List<KV<String, String>> lines = new ArrayList<>();
      shard.getValue().forEach(lines::add);
      // Key first, then the line itself: two records with one key (dead letters of one file and
      // line, say) still sort the same way every time.
      lines.sort((a, b) -> {
        int c = a.getKey().compareTo(b.getKey());
        return c != 0 ? c : a.getValue().compareTo(b.getValue());
      });
      ResourceId target = FileSystems.matchNewResource(dir, true)
          .resolve(shardName(prefix, shard.getKey(), shards), org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
      try (OutputStream out = Channels.newOutputStream(FileSystems.create(target, "application/x-ndjson"))) {
        for (KV<String, String> line : lines) {
          out.write(line.getValue().getBytes(StandardCharsets.UTF_8));
          out.write('\n');
        }
      }
    }
  }
}
