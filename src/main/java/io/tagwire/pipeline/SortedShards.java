package io.tagwire.pipeline;

import io.tagwire.model.Json;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.beam.sdk.values.KV;

/**
 * The driver's half of {@link WriteSortedLines}: merges each shard's sorted part files into the
 * final shard file (a streaming k-way merge, so memory does not grow with the run), creates empty
 * shards for shards without lines, and removes the parts.
 */
public final class SortedShards {
  private SortedShards() {}

  /** Key first, then the line itself, so equal keys (dead letters of one line) order the same way every time. */
  static int compare(KV<String, String> a, KV<String, String> b) {
    int c = a.getKey().compareTo(b.getKey());
    return c != 0 ? c : a.getValue().compareTo(b.getValue());
  }

  private static final class Cursor {
    final BufferedReader reader;
    KV<String, String> head;

    Cursor(BufferedReader reader) {
      this.reader = reader;
    }

    boolean advance() throws IOException {
      String line = reader.readLine();
      if (line == null) {
        head = null;
        return false;
      }
      int tab = line.indexOf('\t');
      head = KV.of(Json.MAPPER.readValue(line.substring(0, tab), String.class), line.substring(tab + 1));
      return true;
    }
  }

  public static void merge(Path dir, String prefix, int shards) throws IOException {
    // An empty input writes no parts and, for outputs in sub-folders, not even the folder.
    Files.createDirectories(dir);
    Path parts = dir.resolve(WriteSortedLines.PARTS);
    for (int shard = 0; shard < shards; shard++) {
      String name = WriteSortedLines.shardName(prefix, shard, shards);
      List<Path> inputs = new ArrayList<>();
      if (Files.isDirectory(parts)) {
        try (var s = Files.list(parts)) {
          s.filter(p -> p.getFileName().toString().startsWith(name + ".part-")).sorted().forEach(inputs::add);
        }
      }
      List<Cursor> cursors = new ArrayList<>();
      PriorityQueue<Cursor> queue = new PriorityQueue<>((a, b) -> compare(a.head, b.head));
      try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8)) {
        for (Path in : inputs) {
          Cursor c = new Cursor(Files.newBufferedReader(in, StandardCharsets.UTF_8));
          cursors.add(c);
          if (c.advance()) {
            queue.add(c);
          }
        }
        while (!queue.isEmpty()) {
          Cursor c = queue.poll();
          out.write(c.head.getValue());
          out.write('\n');
          if (c.advance()) {
            queue.add(c);
          }
        }
      } finally {
        for (Cursor c : cursors) {
          c.reader.close();
        }
      }
      for (Path in : inputs) {
        Files.delete(in);
      }
    }
  }

  /** Removes the parts folder once every output has been merged. */
  public static void cleanUp(Path dir) throws IOException {
    AtomicOutput.deleteTree(dir.resolve(WriteSortedLines.PARTS));
  }
}
