package io.tagwire.ingest;

import io.tagwire.model.DeadLetter;
import io.tagwire.model.SourceRef;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON Lines: one JSON object per line. Lines are split on bytes and decoded one at a time with
 * a strict UTF-8 decoder, so one line with a bad byte sequence is dead-lettered and its neighbours
 * survive. A UTF-8 byte order mark and CRLF line ends are accepted. A line longer than
 * {@code maxLineBytes} is dead-lettered without being held in memory.
 */
public final class JsonLinesReader implements RecordReader {
  static final String STAGE = "read";
  private final int maxLineBytes;

  public JsonLinesReader(int maxLineBytes) {
    this.maxLineBytes = maxLineBytes;
  }

  @Override
  public void read(String file, InputStream in, ReadResult out) throws IOException {
    byte[] buf = new byte[64 * 1024];
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long lineNo = 1;
    long lineBytes = 0;
    boolean first = true;
    int n;
    while ((n = in.read(buf)) > 0) {
      int start = 0;
      for (int i = 0; i < n; i++) {
        if (buf[i] == '\n') {
          lineBytes += i - start;
          if (lineBytes <= maxLineBytes) {
            line.write(buf, start, i - start);
          }
          emit(file, lineNo, line, lineBytes, first, out);
          first = false;
          line.reset();
          lineBytes = 0;
          lineNo++;
          start = i + 1;
        }
      }
      lineBytes += n - start;
      if (lineBytes <= maxLineBytes) {
        line.write(buf, start, n - start);
      }
    }
    if (lineBytes > 0) {
      emit(file, lineNo, line, lineBytes, first, out);
    }
  }

  private void emit(String file, long lineNo, ByteArrayOutputStream line, long lineBytes, boolean first, ReadResult out) {
    SourceRef ref = new SourceRef(file, lineNo);
    if (lineBytes > maxLineBytes) {
      out.deadLetter(DeadLetter.of(ref, STAGE, "line-too-long", null,
          "line is " + lineBytes + " bytes; limits.maxLineBytes is " + maxLineBytes, null, null));
      return;
    }
    byte[] bytes = line.toByteArray();
    int from = 0;
    int len = bytes.length;
    if (first && len >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      from = 3;
      len -= 3;
    }
    if (len > 0 && bytes[from + len - 1] == '\r') {
      len--;
    }
    String text;
    ByteBuffer in = ByteBuffer.wrap(bytes, from, len);
    try {
      text = decoder().decode(in).toString();
    } catch (CharacterCodingException e) {
      // On a coding error the decoder leaves the buffer at the start of the bad sequence.
      int at = in.position() - from;
      String lossy = new String(bytes, from, len, StandardCharsets.UTF_8);
      out.deadLetter(DeadLetter.of(ref, STAGE, "invalid-utf8", null,
          "line is not valid UTF-8: bad byte sequence at byte " + at + " of the line", null, lossy));
      return;
    }
    if (text.isBlank()) {
      out.blankLine();
      return;
    }
    out.record(new RawRecord(ref, text));
  }

  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
