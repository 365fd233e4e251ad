package io.tagwire.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads one input file into raw records, reporting undecodable records as dead letters instead of
 * failing. One implementation per input format; saved HTML pages plug in here as another reader.
 */
public interface RecordReader {

  void read(String file, InputStream in, ReadResult out) throws IOException;

  /** The reader for a file name, by extension; null when the format is not supported. */
  static RecordReader forFile(String file, int maxLineBytes) {
    String name = file.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return new JsonLinesReader(maxLineBytes);
    }
    if (name.endsWith(".csv")) {
      return new CsvReader();
    }
    return null;
  }
}
