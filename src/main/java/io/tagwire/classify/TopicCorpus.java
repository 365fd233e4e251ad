package io.tagwire.classify;

import io.tagwire.config.ConfigException;
import io.tagwire.config.LimitsConfig;
import io.tagwire.ingest.ArticleParser;
import io.tagwire.ingest.InputFiles;
import io.tagwire.ingest.ParseOutcome;
import io.tagwire.ingest.RawRecord;
import io.tagwire.ingest.ReadResult;
import io.tagwire.ingest.RecordReader;
import io.tagwire.model.Article;
import io.tagwire.model.DeadLetter;
import io.tagwire.model.LanguageInfo;
import io.tagwire.nlp.LanguageIdentifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Labelled articles read from JSONL/CSV files with the project's own reader and validator, so a bad
 * line is reported with its file and line and skipped, never fatal. Kept: English articles (by
 * the same OpenNLP language detector the pipeline uses) with a {@code section}. Records whose
 * {@code extra.duplicateOf} names another article are republished copies: with
 * {@code dropDuplicates} they are left out, because a copy adds no information, double-weights its
 * story, and would leak between cross-validation folds.
 */
public final class TopicCorpus {
  /** What was read and why records were left out. */
  public record Loaded(List<TopicExample> examples, List<String> files, String sha256, Map<String, Integer> skipped) {}

  private TopicCorpus() {}

  /**
   * @param dataArgs files, folders or globs (as for {@code --data})
   * @param labels only these sections are kept (others counted as skipped); empty = all
   * @param warn where bad records are reported, one line each
   */
  public static Loaded load(List<String> dataArgs, Set<String> labels, boolean dropDuplicates, PrintStream warn) {
    List<String> files;
    try {
      files = InputFiles.resolve(dataArgs);
    } catch (ConfigException e) {
      throw new ConfigException(e.getMessage().replace("--input", "--data"), e);
    }
    LimitsConfig limits = LimitsConfig.defaults();
    ArticleParser parser = new ArticleParser(limits);
    LanguageIdentifier languages = new LanguageIdentifier(40);
    List<TopicExample> examples = new ArrayList<>();
    Map<String, Integer> skipped = new TreeMap<>();
    MessageDigest sha = sha256();
    for (String file : files) {
      RecordReader reader = RecordReader.forFile(file, limits.maxLineBytes());
      List<RawRecord> raws = new ArrayList<>();
      try (InputStream in = new DigestInputStream(Files.newInputStream(Path.of(file)), sha)) {
        reader.read(file, in, new ReadResult() {
          @Override
          public void record(RawRecord r) {
            raws.add(r);
          }

          @Override
          public void deadLetter(DeadLetter d) {
            report(warn, d);
            skipped.merge("unreadable", 1, Integer::sum);
          }

          @Override
          public void blankLine() {}
        });
      } catch (IOException e) {
        throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
      }
      for (RawRecord raw : raws) {
        ParseOutcome outcome = parser.parse(raw);
        if (!outcome.isOk()) {
          report(warn, outcome.deadLetter());
          skipped.merge("invalid", 1, Integer::sum);
          continue;
        }
        Article a = outcome.article().article();
        if (a.section() == null || a.section().isBlank()) {
          skipped.merge("no section", 1, Integer::sum);
          continue;
        }
        String label = a.section().strip();
        if (!labels.isEmpty() && !labels.contains(label)) {
          skipped.merge("section not in --labels", 1, Integer::sum);
          continue;
        }
        Object dupOf = a.extra().get("duplicateOf");
        if (dropDuplicates && dupOf instanceof String s && !s.isBlank()) {
          skipped.merge("republished copy (duplicateOf)", 1, Integer::sum);
          continue;
        }
        LanguageInfo lang = languages.identify(a.title(), a.body(), a.language());
        if (!lang.isEnglish()) {
          skipped.merge("not English", 1, Integer::sum);
          continue;
        }
        examples.add(new TopicExample(a.id(), label, a.title(), a.body(), group(a), raw.source().toString()));
      }
    }
    return new Loaded(examples, files, HexFormat.of().formatHex(sha.digest()), skipped);
  }

  /** Articles of one story, and a copy with its original, share a group. */
  static String group(Article a) {
    Object story = a.extra().get("story");
    if (story instanceof String s && !s.isBlank()) {
      return "story:" + s;
    }
    Object dup = a.extra().get("duplicateOf");
    if (dup instanceof String s && !s.isBlank()) {
      return "id:" + s;
    }
    return "id:" + a.id();
  }

  private static void report(PrintStream warn, DeadLetter d) {
    warn.println("tagwire: skipped " + d.file() + ":" + d.line() + ": " + d.reason()
        + (d.field() == null ? "" : " (" + d.field() + ")") + ": " + d.message());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
