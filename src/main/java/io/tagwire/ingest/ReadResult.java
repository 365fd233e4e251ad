package io.tagwire.ingest;

import io.tagwire.model.DeadLetter;

/** What a reader reports for each record of a file. */
public interface ReadResult {
  void record(RawRecord record);

  void deadLetter(DeadLetter deadLetter);

  /** A blank line: not a record, so neither output nor dead letter; counted in the summary. */
  void blankLine();
}
