package io.tagwire.pipeline;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records/s on stderr while a run is going: counts articles as they are written. Counts only work
 * where workers share the driver's JVM (DirectRunner, embedded Flink); elsewhere the runner's own
 * UI shows progress and this stays silent.
 */
public final class Progress implements AutoCloseable {
  static final AtomicLong WRITTEN = new AtomicLong();
  private final Thread thread;
  private final long started = System.nanoTime();

  private Progress(PrintStream err, long everyMillis) {
    WRITTEN.set(0);
    thread = new Thread(() -> {
      long last = -1;
      try {
        while (true) {
          Thread.sleep(everyMillis);
          long n = WRITTEN.get();
          if (n != last && n > 0) {
            double secs = (System.nanoTime() - started) / 1e9;
            err.printf("tagwire: %d articles enriched (%.1f/s, %.0f s)%n", n, n / secs, secs);
            last = n;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "tagwire-progress");
    thread.setDaemon(true);
    thread.start();
  }

  public static Progress start(PrintStream err, long everyMillis) {
    return new Progress(err, everyMillis);
  }

  static void articleWritten() {
    WRITTEN.incrementAndGet();
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
