package io.tagwire.ingest;

import io.tagwire.config.LimitsConfig;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.DeadLetter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads article files outside a pipeline (for {@code evaluate} and {@code train}): the same
 * readers and validation as a run, with invalid records counted instead of written.
 */
public final class ArticleFiles {
  /** The valid articles of the files, in file order, and how many records were refused. */
  public record Loaded(List<String> files, List<AnnotatedArticle> articles, List<DeadLetter> refused) {}

  private ArticleFiles() {}

  /** Files, folders or globs as for {@code run --input}. */
  public static Loaded read(List<String> args, LimitsConfig limits) {
    List<String> files = InputFiles.resolve(args);
    ArticleParser parser = new ArticleParser(limits);
    List<AnnotatedArticle> articles = new ArrayList<>();
    List<DeadLetter> refused = new ArrayList<>();
    for (String file : files) {
      RecordReader reader = RecordReader.forFile(file, limits.maxLineBytes());
      try (InputStream in = Files.newInputStream(Path.of(file))) {
        reader.read(file, in, new ReadResult() {
          @Override
          public void record(RawRecord record) {
            ParseOutcome o = parser.parse(record);
            if (o.isOk()) {
              articles.add(o.article());
            } else {
              refused.add(o.deadLetter());
            }
          }

          @Override
          public void deadLetter(DeadLetter deadLetter) {
            refused.add(deadLetter);
          }

          @Override
          public void blankLine() {}
        });
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    return new Loaded(List.copyOf(files), List.copyOf(articles), List.copyOf(refused));
  }
}
