package io.tagwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.model.DeadLetter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
  static final class Collected implements ReadResult {
    final List<RawRecord> records = new ArrayList<>();
    final List<DeadLetter> dead = new ArrayList<>();
    int blank;

    @Override
    public void record(RawRecord r) {
      records.add(r);
    }

    @Override
    public void deadLetter(DeadLetter d) {
      dead.add(d);
    }

    @Override
    public void blankLine() {
      blank++;
    }
  }

  private static Collected read(byte[] bytes, int maxLineBytes) throws IOException {
    Collected c = new Collected();
    new JsonLinesReader(maxLineBytes).read("in.jsonl", new ByteArrayInputStream(bytes), c);
    return c;
  }

  @Test
  void acceptsBomAndCrlfAndCountsBlankLines() throws IOException {
    byte[] bytes = ("\uFEFF{\"id\":\"1\"}\r\n\r\n{\"id\":\"2\"}").getBytes(StandardCharsets.UTF_8);

    Collected c = read(bytes, 1 << 20);

    assertThat(c.records).extracting(RawRecord::json).containsExactly("{\"id\":\"1\"}", "{\"id\":\"2\"}");
    assertThat(c.records).extracting(r -> r.source().line()).containsExactly(1L, 3L);
    assertThat(c.blank).isEqualTo(1);
    assertThat(c.dead).isEmpty();
  }

  @Test
  void invalidUtf8LineIsDeadLetteredAndNeighboursSurvive() throws IOException {
    byte[] bytes = concat("{\"id\":\"1\"}\n{\"id\":\"caf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9},
        "\"}\n{\"id\":\"3\"}\n".getBytes(StandardCharsets.UTF_8));

    Collected c = read(bytes, 1 << 20);

    assertThat(c.records).hasSize(2);
    assertThat(c.dead).singleElement().satisfies(d -> {
      assertThat(d.reason()).isEqualTo("invalid-utf8");
      assertThat(d.line()).isEqualTo(2);
      assertThat(d.message()).contains("byte 10");
    });
  }

  @Test
  void overlongLineIsDeadLetteredWithoutBeingKept() throws IOException {
    String longLine = "{\"id\":\"x\",\"body\":\"" + "a".repeat(200_000) + "\"}";
    byte[] bytes = (longLine + "\n{\"id\":\"ok\"}\n").getBytes(StandardCharsets.UTF_8);

    Collected c = read(bytes, 65_536);

    assertThat(c.dead).singleElement().satisfies(d -> {
      assertThat(d.reason()).isEqualTo("line-too-long");
      assertThat(d.line()).isEqualTo(1);
      assertThat(d.raw()).isNull();
    });
    assertThat(c.records).singleElement().satisfies(r -> assertThat(r.source().line()).isEqualTo(2));
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
