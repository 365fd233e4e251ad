package io.tagwire.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tagwire.model.EditorDecision;
import io.tagwire.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review server over HTTP, without a browser: API, CSRF and Host checks, traversal, concurrency. */
class ReviewServerHttpTest {
  @TempDir
  Path tmp;
  Path feedback;
  ReviewServer server;
  String base;
  String token;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void start() throws Exception {
    Path run = ReviewFixture.write(tmp);
    feedback = tmp.resolve("feedback/decisions.jsonl");
    server = ReviewServer.start(new ReviewServer.Settings(run, feedback, ReviewFixture.writeVocabulary(tmp), "127.0.0.1", 0, "night-desk"));
    base = server.url();
    HttpResponse<String> page = get("");
    Matcher m = Pattern.compile("name=\"tagwire-token\" content=\"([A-Za-z0-9_-]+)\"").matcher(page.body());
    assertThat(m.find()).as("token meta tag").isTrue();
    token = m.group(1);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String json, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/decisions"))
        .POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json");
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private Map<String, String> sameOrigin() {
    return Map.of("Origin", base.substring(0, base.length() - 1), CsrfGuard.TOKEN_HEADER, token);
  }

  private static String decisionJson(String article, String tag, String decision, String reason) {
    return Json.write(new DecisionRequest(article, tag, decision, reason, null, null, "alice"));
  }

  /** A raw HTTP/1.1 exchange, for what HttpClient will not send (a foreign Host, a literal ../). */
  private String raw(String requestLine, String host) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      out.write((requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void pageAndApiCarryStrictHeaders() throws Exception {
    HttpResponse<String> page = get("");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(ReviewServer.CSP);
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.body()).contains("<script src=\"/app.js\" defer></script>").doesNotContain("{{CSRF_TOKEN}}");
    assertThat(get("app.js").headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
  }

  @Test
  void runOverviewListsArticlesWithCountsAndFilters() throws Exception {
    JsonNode run = Json.MAPPER.readTree(get("api/run").body());
    assertThat(run.get("summary").get("runId").asText()).isEqualTo(ReviewFixture.RUN_ID);
    assertThat(run.get("deadLetters").asInt()).isEqualTo(1);
    assertThat(run.get("articles")).hasSize(4);
    JsonNode tech = run.get("articles").get(0);
    assertThat(tech.get("id").asText()).isEqualTo(ReviewFixture.TECH);
    assertThat(tech.get("primary").asInt()).isEqualTo(2);
    assertThat(tech.get("status").asText()).isEqualTo("unreviewed");
    assertThat(Json.MAPPER.convertValue(run.get("sections"), List.class)).containsExactly("Local", "Technology", "World");
    assertThat(Json.MAPPER.convertValue(run.get("regions"), List.class)).containsExactly("Egypt", "Palestine", "United States");
    assertThat(run.get("articles").get(3).get("duplicateOf").asText()).isEqualTo(ReviewFixture.GAZA);
  }

  @Test
  void aDecisionIsAppendedAndShownAsTheArticlesState() throws Exception {
    HttpResponse<String> r = post("[" + decisionJson(ReviewFixture.GAZA, "Gaza", "accepted", null) + ","
        + decisionJson(ReviewFixture.GAZA, "Cairo", "rejected", "marginal") + "]", sameOrigin());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    List<String> lines = Files.readAllLines(feedback);
    assertThat(lines).hasSize(2);
    EditorDecision first = Json.MAPPER.readValue(lines.get(0), EditorDecision.class);
    assertThat(first.runId()).isEqualTo(ReviewFixture.RUN_ID);
    assertThat(first.tagType()).isEqualTo("place");
    assertThat(first.editor()).isEqualTo("alice");

    post(decisionJson(ReviewFixture.GAZA, "Gaza", "rejected", "wrong"), sameOrigin());
    JsonNode view = Json.MAPPER.readTree(get("api/article?id=" + ReviewFixture.GAZA).body());
    assertThat(view.get("decisions")).hasSize(2);
    assertThat(view.get("status").asText()).isEqualTo("in-progress");
    JsonNode gaza = null;
    for (JsonNode d : view.get("decisions")) {
      if (d.get("tag").asText().equals("Gaza")) {
        gaza = d;
      }
    }
    assertThat(gaza.get("decision").asText()).isEqualTo("rejected");
  }

  @Test
  void aBadDecisionIsRefusedAndNothingIsWritten() throws Exception {
    HttpResponse<String> r = post("[" + decisionJson(ReviewFixture.GAZA, "Gaza", "accepted", null) + ","
        + decisionJson(ReviewFixture.GAZA, "Cairo", "rejected", null) + "]", sameOrigin());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Json.MAPPER.readTree(r.body()).get("error").asText()).contains("wrong or marginal");
    assertThat(post("{\"articleId\": 12, \"tag\": [1]}", sameOrigin()).statusCode()).isEqualTo(400);
    assertThat(post("not json", sameOrigin()).statusCode()).isEqualTo(400);
    assertThat(feedback).doesNotExist();
  }

  @Test
  void crossSiteAndTokenlessPostsAreRefused() throws Exception {
    String body = decisionJson(ReviewFixture.GAZA, "Gaza", "accepted", null);
    String origin = base.substring(0, base.length() - 1);
    assertThat(post(body, Map.of("Origin", origin)).statusCode()).isEqualTo(403);
    assertThat(post(body, Map.of("Origin", "http://evil.example", CsrfGuard.TOKEN_HEADER, token)).statusCode()).isEqualTo(403);
    assertThat(post(body, Map.of(CsrfGuard.TOKEN_HEADER, token)).statusCode()).isEqualTo(403);
    assertThat(post(body, Map.of("Origin", origin, CsrfGuard.TOKEN_HEADER, token + "x")).statusCode()).isEqualTo(403);
    // A form post (the classic CSRF) is not JSON.
    HttpRequest form = HttpRequest.newBuilder(URI.create(base + "api/decisions"))
        .POST(HttpRequest.BodyPublishers.ofString("articleId=art-002")).header("Content-Type", "application/x-www-form-urlencoded")
        .header("Origin", origin).header(CsrfGuard.TOKEN_HEADER, token).build();
    assertThat(http.send(form, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    assertThat(feedback).doesNotExist();
    // The Referer stands in for a missing Origin.
    assertThat(post(body, Map.of("Referer", base + "#/a/art-002", CsrfGuard.TOKEN_HEADER, token)).statusCode()).isEqualTo(201);
  }

  @Test
  void aForeignHostNameIsRefused() throws Exception {
    assertThat(raw("GET /api/run HTTP/1.1", "evil.example:" + server.port())).startsWith("HTTP/1.1 403");
    assertThat(raw("GET /api/run HTTP/1.1", "localhost:" + server.port())).startsWith("HTTP/1.1 200");
  }

  @Test
  void onlyThePagesOwnFilesAndTheRunsDataAreServed() throws Exception {
    String host = "127.0.0.1:" + server.port();
    for (String path : List.of("/secret.txt", "/summary.json", "/enriched-00000-of-00002.jsonl", "/../run/secret.txt",
        "/review/app.js", "/app.js/../../secret.txt", "/%2e%2e/run/secret.txt", "/..%2frun%2fsecret.txt",
        "/review/../io/tagwire/review/ReviewServer.class", "/schema/enriched-article.schema.json", "/pom.xml")) {
      String response = raw("GET " + path + " HTTP/1.1", host);
      assertThat(response).as(path).doesNotStartWith("HTTP/1.1 200").doesNotContain("not for the browser").doesNotContain("\"$schema\"");
    }
    assertThat(get("api/article?id=../run/secret.txt").statusCode()).isEqualTo(404);
    assertThat(get("api/article?id=" + ReviewFixture.XSS).body()).doesNotContain("not for the browser");
  }

  @Test
  void fiftyConcurrentDecisionPostsGiveFiftyValidLines() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(50);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    String[] articles = {ReviewFixture.TECH, ReviewFixture.GAZA, ReviewFixture.XSS, ReviewFixture.DUP};
    for (int i = 0; i < 50; i++) {
      String body = Json.write(new DecisionRequest(articles[i % 4], "Concurrent tag " + i + " " + "z".repeat(170), "added", null, "topic", null,
          "editor-" + i));
      results.add(pool.submit(() -> {
        go.await();
        return post(body, sameOrigin()).statusCode();
      }));
    }
    go.countDown();
    for (Future<Integer> f : results) {
      assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(201);
    }
    pool.shutdown();
    List<String> lines = Files.readAllLines(feedback, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(50);
    Set<String> editors = new HashSet<>();
    for (String line : lines) {
      EditorDecision d = Json.MAPPER.readValue(line, EditorDecision.class);
      assertThat(d.decision()).isEqualTo("added");
      assertThat(d.tag()).startsWith("Concurrent tag ");
      assertThat(d.runId()).isEqualTo(ReviewFixture.RUN_ID);
      editors.add(d.editor());
    }
    assertThat(editors).hasSize(50);
  }

  @Test
  void decisionsAppendedByAnotherServerOnTheSameFileShowUp() throws Exception {
    try (ReviewServer other = ReviewServer.start(new ReviewServer.Settings(tmp.resolve("run"), feedback, null, "127.0.0.1", 0, "day-desk"))) {
      String otherPage = http.send(HttpRequest.newBuilder(URI.create(other.url())).build(), HttpResponse.BodyHandlers.ofString()).body();
      Matcher m = Pattern.compile("name=\"tagwire-token\" content=\"([A-Za-z0-9_-]+)\"").matcher(otherPage);
      assertThat(m.find()).isTrue();
      assertThat(m.group(1)).isNotEqualTo(token);
      HttpRequest req = HttpRequest.newBuilder(URI.create(other.url() + "api/decisions"))
          .POST(HttpRequest.BodyPublishers.ofString(decisionJson(ReviewFixture.TECH, "Azure", "rejected", "wrong")))
          .header("Content-Type", "application/json").header("Origin", other.url().substring(0, other.url().length() - 1))
          .header(CsrfGuard.TOKEN_HEADER, m.group(1)).build();
      assertThat(http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
      // This server's token is not the other server's.
      HttpRequest wrong = HttpRequest.newBuilder(URI.create(other.url() + "api/decisions"))
          .POST(HttpRequest.BodyPublishers.ofString(decisionJson(ReviewFixture.TECH, "Azure", "accepted", null)))
          .header("Content-Type", "application/json").header("Origin", other.url().substring(0, other.url().length() - 1))
          .header(CsrfGuard.TOKEN_HEADER, token).build();
      assertThat(http.send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    }
    JsonNode view = Json.MAPPER.readTree(get("api/article?id=" + ReviewFixture.TECH).body());
    assertThat(view.get("decisions")).hasSize(1);
    assertThat(view.get("decisions").get(0).get("editor").asText()).isEqualTo("alice");
  }
}
