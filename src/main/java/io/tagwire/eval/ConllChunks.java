package io.tagwire.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Entity chunks of a tag sequence with the semantics of the CoNLL shared task's {@code conlleval}
 * script, so IOB1 ({@code I-} everywhere, {@code B-} only between two adjacent names of one type),
 * IOB2 ({@code B-} on every first token) and IOBES give the same chunks for the same entities.
 */
public final class ConllChunks {
  private ConllChunks() {}

  /** A chunk: tokens {@code [start, end)} of one type. */
  public record Chunk(int start, int end, String type) {}

  public static List<Chunk> of(List<String> tags) {
    List<Chunk> out = new ArrayList<>();
    String prevTag = "O";
    String prevType = "";
    int start = -1;
    for (int i = 0; i <= tags.size(); i++) {
      String t = i < tags.size() ? tags.get(i) : "O";
      String tag = t.equals("O") ? "O" : t.substring(0, 1);
      String type = t.equals("O") ? "" : t.substring(2);
      if (start >= 0 && endOfChunk(prevTag, tag, prevType, type)) {
        out.add(new Chunk(start, i, prevType));
        start = -1;
      }
      if (startOfChunk(prevTag, tag, prevType, type)) {
        start = i;
      }
      prevTag = tag;
      prevType = type;
    }
    return out;
  }

  // The two functions of conlleval, for the prefixes B, I, E, S and O.
  static boolean endOfChunk(String prevTag, String tag, String prevType, String type) {
    boolean end = false;
    if (prevTag.equals("B") && (tag.equals("B") || tag.equals("S") || tag.equals("O"))) {
      end = true;
    }
    if (prevTag.equals("I") && (tag.equals("B") || tag.equals("S") || tag.equals("O"))) {
      end = true;
    }
    if (prevTag.equals("E") || prevTag.equals("S")) {
      end = true;
    }
    if (!prevTag.equals("O") && !prevType.equals(type)) {
      end = true;
    }
    return end;
  }

  static boolean startOfChunk(String prevTag, String tag, String prevType, String type) {
    boolean start = tag.equals("B") || tag.equals("S");
    if ((prevTag.equals("E") || prevTag.equals("S") || prevTag.equals("O")) && (tag.equals("E") || tag.equals("I"))) {
      start = true;
    }
    if (!tag.equals("O") && !prevType.equals(type)) {
      start = true;
    }
    return start;
  }
}
