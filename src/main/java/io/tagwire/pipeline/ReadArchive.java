package io.tagwire.pipeline;

import io.tagwire.related.ArchiveStore;
import io.tagwire.related.ArticleSignature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the archive partitions' record files (listed on the driver, tonight's date excluded) into
 * signatures. A line that does not follow the archive format is skipped with a warning naming the
 * file, line and field, and counted ({@code related_archive_bad_lines}): one damaged partition
 * must not stop every night that follows.
 */
public class ReadArchive extends PTransform<PBegin, PCollection<ArticleSignature>> {
  private static final Logger LOG = LoggerFactory.getLogger(ReadArchive.class);
  private final List<String> files;

  public ReadArchive(List<String> files) {
    this.files = List.copyOf(files);
  }

  @Override
  public PCollection<ArticleSignature> expand(PBegin begin) {
    PCollection<String> listed = files.isEmpty()
        ? begin.apply("No partitions", Create.empty(StringUtf8Coder.of()))
        : begin.apply("List partitions", Create.of(files).withCoder(StringUtf8Coder.of()));
    // No reshuffle: there is one file per night, so reading is already spread over as many
    // workers as there are partitions, and a per-record reshuffle would cost more than it spreads.
    return listed.apply("Parse records", ParDo.of(new ReadFileFn()));
  }

  static class ReadFileFn extends DoFn<String, ArticleSignature> {
    private final Counter read = Counters.counter("related_archive_records");
    private final Counter bad = Counters.counter("related_archive_bad_lines");

    @ProcessElement
    public void process(@Element String file, OutputReceiver<ArticleSignature> out) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          Channels.newInputStream(FileSystems.open(FileSystems.matchSingleFileSpec(file).resourceId())), StandardCharsets.UTF_8))) {
        String line;
        long n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          if (line.isBlank()) {
            continue;
          }
          try {
            out.output(ArchiveStore.parse(line, file, n));
            read.inc();
          } catch (ArchiveStore.FormatException e) {
            bad.inc();
            LOG.warn("skipping archive record: {}", e.getMessage());
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot read archive file " + file + ": " + e.getMessage(), e);
      }
    }
  }
}
