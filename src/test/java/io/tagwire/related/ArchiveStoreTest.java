package io.tagwire.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveStoreTest {
  @TempDir
  Path dir;

  private static ArticleSignature sample() {
    return Fixtures.signature(Fixtures.article("tw-1", "2026-11-24T08:00:00Z", "Rotich banned for four years",
        "Kenyan runner Brian Rotich was banned for four years by the Athletics Integrity Unit on Tuesday.",
        "Brian Rotich:PERSON:0.6", "Athletics Integrity Unit:ORGANIZATION:0.3", "Kenya:LOCATION:0.1"));
  }

  @Test
  void recordRoundTripsEverythingScoringNeeds() {
    ArticleSignature s = sample().withDuplicateOf("tw-0");
    ArticleSignature back = ArchiveStore.parse(ArchiveStore.toLine(s), "x.jsonl", 1);
    assertThat(back.archived()).isTrue();
    assertThat(back.id()).isEqualTo("tw-1");
    assertThat(back.duplicateOf()).isEqualTo("tw-0");
    assertThat(back.runDate()).isEqualTo("2026-11-25");
    assertThat(back.terms()).isEqualTo(s.terms());
    assertThat(back.termCounts()).isEqualTo(s.termCounts());
    assertThat(back.shingles()).isEqualTo(s.shingles());
    assertThat(back.minHash()).isEqualTo(s.minHash());
    assertThat(back.entities()).isEqualTo(s.entities());
    assertThat(back.publishedSecond()).isEqualTo(s.publishedSecond());
    assertThat(back.contentHash()).isEqualTo(s.contentHash());
    // same record, same bytes
    assertThat(ArchiveStore.toLine(back.withRunDate("2026-11-25"))).isEqualTo(ArchiveStore.toLine(s));
  }

  @Test
  void shingleSetEncodingHandlesTheWholeIntRange() {
    SplittableRandom r = new SplittableRandom(3);
    int[] set = r.ints(5_000).sorted().distinct().toArray();
    int[] edges = {Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE};
    assertThat(ArchiveStore.decodeSet(ArchiveStore.encodeSet(set))).isEqualTo(set);
    assertThat(ArchiveStore.decodeSet(ArchiveStore.encodeSet(edges))).isEqualTo(edges);
    float[] f = {0.5f, -1.25f, 3e-8f};
    assertThat(ArchiveStore.decodeFloats(ArchiveStore.encodeFloats(f))).isEqualTo(f);
  }

  @Test
  void badRecordsNameFileLineAndField() {
    assertThatThrownBy(() -> ArchiveStore.parse("{\"format\":1,\"id\":\"x\"}", "a.jsonl", 7))
        .isInstanceOf(ArchiveStore.FormatException.class).hasMessageContaining("a.jsonl:7").hasMessageContaining("'terms'");
    assertThatThrownBy(() -> ArchiveStore.parse("{\"format\":2,\"id\":\"x\"}", "a.jsonl", 3))
        .hasMessageContaining("a.jsonl:3: field 'format': expected 1, got 2");
    assertThatThrownBy(() -> ArchiveStore.parse("not json", "a.jsonl", 2)).hasMessageContaining("a.jsonl:2");
    String line = ArchiveStore.toLine(sample()).replaceFirst("\"shingles\":\"[^\"]*\"", "\"shingles\":\"@@@\"");
    assertThatThrownBy(() -> ArchiveStore.parse(line, "a.jsonl", 4)).hasMessageContaining("a.jsonl:4: field 'shingles'");
  }

  @Test
  void publishReplacesThePartitionOfTheSameDateAndReadersSkipTonight() throws Exception {
    Path archive = dir.resolve("archive");
    publish(archive, "2026-11-24", "run1", "{\"id\":\"old\"}\n");
    publish(archive, "2026-11-25", "run2", "{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
    publish(archive, "2026-11-24", "run3", "{\"id\":\"new\"}\n");

    Path p24 = archive.resolve("date=2026-11-24");
    assertThat(Files.readString(p24.resolve("articles-00000-of-00001.jsonl"))).isEqualTo("{\"id\":\"new\"}\n");
    assertThat(Files.readString(p24.resolve(ArchiveStore.MANIFEST))).contains("\"runId\":\"run3\"").contains("\"articles\":1");
    try (var s = Files.list(archive)) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("date=2026-11-24", "date=2026-11-25");
    }
    List<Path> files = ArchiveStore.partitionFiles(archive, "2026-11-25");
    assertThat(files).containsExactly(p24.resolve("articles-00000-of-00001.jsonl"));
    assertThat(ArchiveStore.partitionFiles(dir.resolve("missing"), "2026-11-25")).isEmpty();
  }

  @Test
  void aRunKilledBetweenTheTwoRenamesIsRepairedAndHalfWrittenPartitionsAreNeverRead() throws Exception {
    Path archive = dir.resolve("archive");
    publish(archive, "2026-11-24", "run1", "{\"id\":\"kept\"}\n");
    // killed after moving the old partition aside, before moving the new one in
    Files.move(archive.resolve("date=2026-11-24"), archive.resolve(".date=2026-11-24.previous"));
    // and a half-copied work folder of another night
    Files.createDirectories(archive.resolve(".date=2026-11-23.work-run9"));
    Files.writeString(archive.resolve(".date=2026-11-23.work-run9/articles-00000-of-00001.jsonl"), "{\"id\":\"half", StandardCharsets.UTF_8);

    assertThat(ArchiveStore.partitionFiles(archive, "2026-11-25")).as("nothing half-written is read").isEmpty();
    ArchiveStore.repair(archive);
    try (var s = Files.list(archive)) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("date=2026-11-24");
    }
    assertThat(Files.readString(archive.resolve("date=2026-11-24/articles-00000-of-00001.jsonl"))).contains("kept");
  }

  private void publish(Path archive, String date, String runId, String lines) throws Exception {
    Path staged = dir.resolve("work-" + runId).resolve("archive-partition");
    Files.createDirectories(staged);
    Files.writeString(staged.resolve("articles-00000-of-00001.jsonl"), lines, StandardCharsets.UTF_8);
    ArchiveStore.publish(staged, archive, date, runId);
    assertThat(staged).doesNotExist();
  }
}
