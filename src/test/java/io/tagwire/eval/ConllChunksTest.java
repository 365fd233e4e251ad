package io.tagwire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConllChunksTest {
  @Test
  void iob1AndIob2GiveTheSameChunks() {
    // "Peter Blackburn of the EU met Lebanon Israel envoys": two adjacent locations
    List<String> iob1 = List.of("I-PER", "I-PER", "O", "O", "I-ORG", "O", "I-LOC", "B-LOC", "O");
    List<String> iob2 = List.of("B-PER", "I-PER", "O", "O", "B-ORG", "O", "B-LOC", "B-LOC", "O");
    List<ConllChunks.Chunk> expected = List.of(new ConllChunks.Chunk(0, 2, "PER"), new ConllChunks.Chunk(4, 5, "ORG"),
        new ConllChunks.Chunk(6, 7, "LOC"), new ConllChunks.Chunk(7, 8, "LOC"));
    assertThat(ConllChunks.of(iob1)).isEqualTo(expected);
    assertThat(ConllChunks.of(iob2)).isEqualTo(expected);
  }

  @Test
  void aTypeChangeEndsAChunkAndAStrayIStartsOne() {
    assertThat(ConllChunks.of(List.of("I-ORG", "I-LOC", "O", "I-MISC")))
        .containsExactly(new ConllChunks.Chunk(0, 1, "ORG"), new ConllChunks.Chunk(1, 2, "LOC"), new ConllChunks.Chunk(3, 4, "MISC"));
  }

  @Test
  void iobesIsReadToo() {
    assertThat(ConllChunks.of(List.of("S-PER", "B-ORG", "E-ORG", "S-ORG")))
        .containsExactly(new ConllChunks.Chunk(0, 1, "PER"), new ConllChunks.Chunk(1, 3, "ORG"), new ConllChunks.Chunk(3, 4, "ORG"));
  }
}
