package io.tagwire.pipeline;

import io.tagwire.ingest.RawRecord;
import io.tagwire.ingest.ReadResult;
import io.tagwire.ingest.RecordReader;
import io.tagwire.model.DeadLetter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads input files into raw records (one per JSON line or CSV row), with undecodable records as
 * dead letters. No reshuffle here: deduplication groups the records right after parsing, which
 * already spreads one large file over all workers.
 */
public class ReadRecords extends PTransform<PCollection<String>, PCollectionTuple> {
  private final int maxLineBytes;
  /**
   * The driver's working directory: input paths keep the form the operator gave (they are named in
   * the output) but are opened against it, since a cluster worker runs elsewhere.
   */
  private final String baseDir;

  public ReadRecords(int maxLineBytes) {
    this.maxLineBytes = maxLineBytes;
    this.baseDir = Path.of("").toAbsolutePath().toString();
  }

  @Override
  public PCollectionTuple expand(PCollection<String> files) {
    return files.apply("Read files",
        ParDo.of(new ReadFileFn(maxLineBytes, baseDir)).withOutputTags(Tags.RAW, TupleTagList.of(Tags.DEAD_LETTERS)));
  }

  static class ReadFileFn extends DoFn<String, RawRecord> {
    private final int maxLineBytes;
    private final String baseDir;
    private final Counter recordsRead = Counters.counter(Counters.RECORDS_READ);
    private final Counter blankLines = Counters.counter(Counters.BLANK_LINES);

    ReadFileFn(int maxLineBytes, String baseDir) {
      this.maxLineBytes = maxLineBytes;
      this.baseDir = baseDir;
    }

    @ProcessElement
    public void process(@Element String file, MultiOutputReceiver out) {
      RecordReader reader = RecordReader.forFile(file, maxLineBytes);
      ReadResult result = new ReadResult() {
        @Override
        public void record(RawRecord record) {
          recordsRead.inc();
          out.get(Tags.RAW).output(record);
        }

        @Override
        public void deadLetter(DeadLetter deadLetter) {
          recordsRead.inc();
          out.get(Tags.DEAD_LETTERS).output(deadLetter);
        }

        @Override
        public void blankLine() {
          blankLines.inc();
        }
      };
      try (InputStream in = Channels.newInputStream(FileSystems.open(FileSystems.matchSingleFileSpec(Path.of(baseDir).resolve(file).toString()).resourceId()))) {
        reader.read(file, in, result);
      } catch (IOException e) {
        // The file vanished or broke mid-read: fail the run (retrying may help), never drop silently.
        throw new IllegalStateException("cannot read input file " + file + ": " + e.getMessage(), e);
      }
    }
  }

}
