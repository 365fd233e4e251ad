package io.tagwire.pipeline;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/** Beam metrics the run summary reads back; names are part of summary.json. */
public final class Counters {
  private Counters() {}

  public static final String NAMESPACE = "tagwire";
  public static final String RECORDS_READ = "records_read";
  public static final String BLANK_LINES = "blank_lines";

  public static Counter counter(String name) {
    return Metrics.counter(NAMESPACE, name);
  }
}
