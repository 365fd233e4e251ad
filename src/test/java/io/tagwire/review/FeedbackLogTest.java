package io.tagwire.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.model.EditorDecision;
import io.tagwire.model.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackLogTest {
  @TempDir
  Path tmp;

  private static EditorDecision decision(String article, String tag, String decision, String reason) {
    return new EditorDecision(article, tag, decision, reason, "topic", null, "ed", "2026-11-28T08:00:00Z", "run-1");
  }

  @Test
  void appendsOneLinePerDecisionAndReadsThemBack() throws Exception {
    Path file = tmp.resolve("feedback/decisions.jsonl");
    FeedbackLog log = new FeedbackLog(file);
    assertThat(log.readNew()).isEmpty();
    log.append(decision("a1", "Gaza", EditorDecision.ACCEPTED, null));
    log.append(decision("a1", "Cairo", EditorDecision.REJECTED, "marginal"));
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).containsExactly(
        "{\"articleId\":\"a1\",\"tag\":\"Gaza\",\"decision\":\"accepted\",\"tagType\":\"topic\",\"editor\":\"ed\",\"time\":\"2026-11-28T08:00:00Z\",\"runId\":\"run-1\"}",
        "{\"articleId\":\"a1\",\"tag\":\"Cairo\",\"decision\":\"rejected\",\"reason\":\"marginal\",\"tagType\":\"topic\",\"editor\":\"ed\",\"time\":\"2026-11-28T08:00:00Z\",\"runId\":\"run-1\"}");
    assertThat(log.readNew()).extracting(EditorDecision::tag).containsExactly("Gaza", "Cairo");
    assertThat(log.readNew()).isEmpty();
    log.append(decision("a2", "UN", EditorDecision.ADDED, null));
    assertThat(log.readNew()).extracting(EditorDecision::tag).containsExactly("UN");
  }

  @Test
  void aTornLastLineDoesNotSwallowTheNextDecision() throws Exception {
    Path file = tmp.resolve("decisions.jsonl");
    Files.writeString(file, "{\"articleId\":\"a1\",\"tag\":\"Ga", StandardCharsets.UTF_8);
    FeedbackLog log = new FeedbackLog(file);
    log.append(decision("a1", "Gaza", EditorDecision.ACCEPTED, null));
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    assertThat(Json.MAPPER.readValue(lines.get(1), EditorDecision.class).tag()).isEqualTo("Gaza");
    // The torn line is skipped, the good one read.
    assertThat(log.readNew()).extracting(EditorDecision::tag).containsExactly("Gaza");
  }

  @Test
  void aLineStillBeingWrittenIsReadOnceComplete() throws Exception {
    Path file = tmp.resolve("decisions.jsonl");
    String whole = Json.write(decision("a1", "Gaza", EditorDecision.ACCEPTED, null));
    Files.writeString(file, whole.substring(0, 20), StandardCharsets.UTF_8);
    FeedbackLog log = new FeedbackLog(file);
    assertThat(log.readNew()).isEmpty();
    Files.writeString(file, whole.substring(20) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    assertThat(log.readNew()).extracting(EditorDecision::tag).containsExactly("Gaza");
  }

  @Test
  void concurrentAppendsFromTwoLogsOnOneFileStayWholeLines() throws Exception {
    Path file = tmp.resolve("decisions.jsonl");
    // Two logs on one file stand for two review servers; 8 threads each append 50 decisions
    // whose tags are long enough that interleaved bytes would break lines.
    FeedbackLog one = new FeedbackLog(file);
    FeedbackLog two = new FeedbackLog(tmp.resolve(".").resolve("decisions.jsonl"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      FeedbackLog log = t % 2 == 0 ? one : two;
      int thread = t;
      futures.add(pool.submit(() -> {
        go.await();
        for (int i = 0; i < 50; i++) {
          log.append(decision("a" + thread, "tag-" + thread + "-" + i + "-" + "x".repeat(3000), EditorDecision.ACCEPTED, null));
        }
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(400);
    Set<String> tags = new HashSet<>();
    for (String line : lines) {
      tags.add(Json.MAPPER.readValue(line, EditorDecision.class).tag());
    }
    assertThat(tags).hasSize(400);
  }
}
