package io.tagwire.tagging;

import io.tagwire.config.ConfigException;
import io.tagwire.config.LimitsConfig;
import io.tagwire.ingest.ArticleParser;
import io.tagwire.ingest.InputFiles;
import io.tagwire.ingest.ParseOutcome;
import io.tagwire.ingest.RawRecord;
import io.tagwire.ingest.ReadResult;
import io.tagwire.ingest.RecordReader;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.DeadLetter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles with their editor tags read from files, folders or globs, through the same readers and
 * validation as a run ({@code ingest}); records a run would dead-letter are skipped and counted,
 * and a repeated id keeps its first record. For {@code train tags} and {@code evaluate tags}.
 */
public final class TaggedArticles {
  private TaggedArticles() {}

  public record Loaded(List<AnnotatedArticle> articles, int skipped) {}

  public static Loaded read(List<String> inputs) {
    LimitsConfig limits = LimitsConfig.defaults();
    ArticleParser parser = new ArticleParser(limits);
    Map<String, AnnotatedArticle> byId = new LinkedHashMap<>();
    int[] skipped = {0};
    for (String file : InputFiles.resolve(inputs)) {
      RecordReader reader = RecordReader.forFile(file, limits.maxLineBytes());
      try (InputStream in = Files.newInputStream(Path.of(file))) {
        reader.read(file, in, new ReadResult() {
          @Override
          public void record(RawRecord record) {
            ParseOutcome o = parser.parse(record);
            if (o.isOk()) {
              byId.putIfAbsent(o.article().id(), o.article());
            } else {
              skipped[0]++;
            }
          }

          @Override
          public void deadLetter(DeadLetter deadLetter) {
            skipped[0]++;
          }

          @Override
          public void blankLine() {}
        });
      } catch (IOException e) {
        throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
      }
    }
    return new Loaded(new ArrayList<>(byId.values()), skipped[0]);
  }
}
