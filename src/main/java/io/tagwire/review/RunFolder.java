package io.tagwire.review;

import io.tagwire.config.ConfigException;
import io.tagwire.model.EnrichedArticle;
import io.tagwire.model.Json;
import io.tagwire.pipeline.RunSummary;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run's output folder, read once when the review server starts: the enriched articles (all
 * {@code enriched-*.jsonl} shards, ordered by id), {@code summary.json} and the number of lines
 * in {@code dead-letter-*.jsonl} and {@code duplicates-*.jsonl}. Nothing else in the folder is
 * read, and nothing is ever served from it as a file.
 */
public final class RunFolder {
  private final Path dir;
  private final Map<String, EnrichedArticle> articles;
  private final RunSummary summary;
  private final long deadLetters;
  private final long duplicates;

  private RunFolder(Path dir, Map<String, EnrichedArticle> articles, RunSummary summary, long deadLetters, long duplicates) {
    this.dir = dir;
    this.articles = Collections.unmodifiableMap(articles);
    this.summary = summary;
    this.deadLetters = deadLetters;
    this.duplicates = duplicates;
  }

  public static RunFolder read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ConfigException(dir + ": not a folder (--run expects a run's output folder)");
    }
    List<Path> shards = list(dir, "enriched-*.jsonl");
    if (shards.isEmpty()) {
      throw new ConfigException(dir + ": no enriched-*.jsonl files (is this a run's output folder?)");
    }
    Map<String, EnrichedArticle> articles = new TreeMap<>();
    for (Path shard : shards) {
      readShard(shard, articles);
    }
    RunSummary summary = null;
    Path summaryFile = dir.resolve("summary.json");
    if (Files.isRegularFile(summaryFile)) {
      try {
        summary = Json.MAPPER.readValue(summaryFile.toFile(), RunSummary.class);
      } catch (IOException e) {
        throw new ConfigException(summaryFile + ": not a run summary: " + firstLine(e), e);
      }
    }
    return new RunFolder(dir, articles, summary, countLines(list(dir, "dead-letter-*.jsonl")),
        countLines(list(dir, "duplicates-*.jsonl")));
  }

  private static void readShard(Path shard, Map<String, EnrichedArticle> into) {
    try (BufferedReader in = Files.newBufferedReader(shard, StandardCharsets.UTF_8)) {
      String line;
      long n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        EnrichedArticle a;
        try {
          a = Json.MAPPER.readValue(line, EnrichedArticle.class);
        } catch (IOException | RuntimeException e) {
          throw new ConfigException(shard + ":" + n + ": not an enriched record: " + firstLine(e), e);
        }
        if (a.id() == null || a.id().isEmpty()) {
          throw new ConfigException(shard + ":" + n + ": field 'id': expected a non-empty string");
        }
        if (into.putIfAbsent(a.id(), a) != null) {
          throw new ConfigException(shard + ":" + n + ": field 'id': '" + a.id() + "' appears twice in the run");
        }
      }
    } catch (IOException e) {
      throw new ConfigException(shard + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static List<Path> list(Path dir, String glob) {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob)) {
      ds.forEach(out::add);
    } catch (IOException e) {
      throw new ConfigException(dir + ": cannot list: " + e.getMessage(), e);
    }
    Collections.sort(out);
    return out;
  }

  private static long countLines(List<Path> files) {
    long n = 0;
    for (Path f : files) {
      try (var lines = Files.lines(f, StandardCharsets.UTF_8)) {
        n += lines.filter(l -> !l.isBlank()).count();
      } catch (IOException e) {
        throw new ConfigException(f + ": cannot read: " + e.getMessage(), e);
      }
    }
    return n;
  }

  private static String firstLine(Exception e) {
    return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
  }

  public Path dir() {
    return dir;
  }

  /** Articles by id, in id order. */
  public Map<String, EnrichedArticle> articles() {
    return articles;
  }

  public EnrichedArticle article(String id) {
    return articles.get(id);
  }

  /** The run's summary, or null when the folder has no {@code summary.json}. */
  public RunSummary summary() {
    return summary;
  }

  public long deadLetters() {
    return deadLetters;
  }

  public long duplicates() {
    return duplicates;
  }
}
