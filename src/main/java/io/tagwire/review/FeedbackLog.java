package io.tagwire.review;

import io.tagwire.model.EditorDecision;
import io.tagwire.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editor feedback file ({@code tags.feedback}): append-only JSON lines of
 * {@link EditorDecision}. Appends are serialised twice: by a lock object shared by every log on
 * the same file in this JVM (a {@link FileLock} held twice by one JVM throws), and by a
 * {@link FileLock} on the file itself, so two review servers on one file never interleave bytes.
 * Each decision is one {@code write} of a whole line, forced to disk before the call returns.
 *
 * <p>Reading tails the file from where the last read stopped, so decisions appended by another
 * process (another review server on the same file) show up too. A line that does not parse (say,
 * a crash mid-write by an older tool) is skipped with a warning naming the file and line.
 */
public final class FeedbackLog {
  private static final Logger LOG = LoggerFactory.getLogger(FeedbackLog.class);
  private static final ConcurrentHashMap<Path, Object> FILE_LOCKS = new ConcurrentHashMap<>();

  private final Path file;
  private final Object lock;
  private long readOffset;
  private long linesRead;

  public FeedbackLog(Path file) {
    this.file = file.toAbsolutePath().normalize();
    this.lock = FILE_LOCKS.computeIfAbsent(this.file, f -> new Object());
  }

  public Path file() {
    return file;
  }

  /** Appends one decision as one line; returns once the line is on disk. */
  public void append(EditorDecision decision) {
    byte[] line = (Json.write(decision) + "\n").getBytes(StandardCharsets.UTF_8);
    synchronized (lock) {
      try {
        Path parent = file.getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            FileLock ignored = ch.lock()) {
          long end = ch.size();
          ch.position(end);
          ByteBuffer out = ByteBuffer.wrap(line);
          // A torn last line (a writer killed mid-line) must not swallow ours.
          if (end > 0 && !endsWithNewline(ch, end)) {
            out = ByteBuffer.allocate(line.length + 1).put((byte) '\n').put(line).flip();
          }
          while (out.hasRemaining()) {
            ch.write(out);
          }
          ch.force(false);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot append to feedback file " + file + ": " + e.getMessage(), e);
      }
    }
  }

  private static boolean endsWithNewline(FileChannel ch, long size) throws IOException {
    ByteBuffer last = ByteBuffer.allocate(1);
    ch.read(last, size - 1);
    return last.get(0) == '\n';
  }

  /**
   * Decisions appended since the previous call (all of them on the first call), in file order.
   * Only complete lines are read; a line still being written is picked up next time.
   */
  public List<EditorDecision> readNew() {
    synchronized (lock) {
      List<EditorDecision> out = new ArrayList<>();
      if (!Files.isRegularFile(file)) {
        return out;
      }
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
        long size = ch.size();
        if (size < readOffset) {
          // Truncated or replaced by an operator: start over.
          LOG.warn("{} shrank from {} to {} bytes; reading it again from the start", file, readOffset, size);
          readOffset = 0;
          linesRead = 0;
        }
        if (size == readOffset) {
          return out;
        }
        ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(size - readOffset));
        while (buf.hasRemaining() && ch.read(buf, readOffset + buf.position()) > 0) {
          // keep reading until the snapshot size is filled
        }
        byte[] bytes = buf.array();
        int start = 0;
        for (int i = 0; i < buf.position(); i++) {
          if (bytes[i] == '\n') {
            linesRead++;
            parse(new String(bytes, start, i - start, StandardCharsets.UTF_8), out);
            start = i + 1;
          }
        }
        readOffset += start;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read feedback file " + file + ": " + e.getMessage(), e);
      }
      return out;
    }
  }

  private void parse(String line, List<EditorDecision> out) {
    if (line.isBlank()) {
      return;
    }
    try {
      EditorDecision d = Json.MAPPER.readValue(line, EditorDecision.class);
      if (d.articleId() == null || d.tag() == null || d.decision() == null) {
        LOG.warn("{}:{}: skipped: a decision needs articleId, tag and decision", file, linesRead);
        return;
      }
      out.add(d);
    } catch (IOException e) {
      LOG.warn("{}:{}: skipped: not a JSON decision ({})", file, linesRead, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
  }
}
