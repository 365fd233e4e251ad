package io.tagwire.review;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import io.tagwire.model.EditorDecision;
import io.tagwire.model.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The editor review web app over one run: the page ({@code /}, {@code /app.js},
 * {@code /app.css}) and a JSON API.
 *
 * <pre>
 * GET  /api/run               summary figures, one row per article, filter values
 * GET  /api/article?id=ID     one article with its latest decisions
 * GET  /api/vocabulary        tags the add box offers
 * POST /api/decisions         one decision object or an array of them; appended to the feedback file
 * </pre>
 *
 * Every request passes the Host check; POSTs also the token and same-origin checks of
 * {@link CsrfGuard} and must be {@code application/json}. Responses carry a strict
 * Content-Security-Policy (scripts only from this server, no inline script), so even text that
 * slipped past the page's escaping could not run.
 */
public final class ReviewServer implements AutoCloseable {
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  static final long MAX_BODY_BYTES = 256 * 1024;

  /** What to serve and where. {@code port} 0 picks a free port. */
  public record Settings(Path runDir, Path feedback, Path vocabulary, String host, int port, String editor) {}

  private final Javalin app;
  private final ReviewState state;
  private final String host;
  private volatile CsrfGuard guard;
  private volatile StaticAssets assets;

  private ReviewServer(ReviewState state, String host) {
    this.state = state;
    this.host = host;
    this.app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.startupWatcherEnabled = false;
      cfg.http.maxRequestSize = MAX_BODY_BYTES;
      cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
    });
    routes();
  }

  /** Reads the run and starts serving it; throws {@link io.tagwire.config.ConfigException} for a bad run folder. */
  public static ReviewServer start(Settings s) {
    RunFolder run = RunFolder.read(s.runDir());
    ReviewState state = new ReviewState(run, new FeedbackLog(s.feedback()),
        TagChoices.of(s.vocabulary(), run.articles().values()), s.editor(), Clock.systemUTC());
    ReviewServer server = new ReviewServer(state, s.host());
    server.app.start(s.host(), s.port());
    CsrfGuard g = CsrfGuard.forServer(s.host(), server.app.port());
    server.assets = new StaticAssets(g.token());
    server.guard = g;
    return server;
  }

  public int port() {
    return app.port();
  }

  public String url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    if (h.equals("0.0.0.0") || h.equals("[::]")) {
      h = "127.0.0.1";
    }
    return "http://" + h + ":" + port() + "/";
  }

  public Path feedbackFile() {
    return state.log().file();
  }

  public int articleCount() {
    return state.run().articles().size();
  }

  @Override
  public void close() {
    app.stop();
  }

  private void routes() {
    app.before(this::check);
    app.get("/", this::asset);
    app.get("/app.js", this::asset);
    app.get("/app.css", this::asset);
    app.get("/api/run", this::runOverview);
    app.get("/api/article", this::article);
    app.get("/api/vocabulary", ctx -> ctx.json(state.choices()));
    app.post("/api/decisions", this::decide);
    app.exception(DecisionRequest.Invalid.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, e.getClass().getSimpleName() + ": " + e.getMessage()));
  }

  private void check(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cache-Control", "no-store");
    CsrfGuard g = guard;
    if (g == null || assets == null) {
      halt(ctx, HttpStatus.SERVICE_UNAVAILABLE, "starting");
      return;
    }
    String refused = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD
        ? g.checkHost(ctx.header("Host"))
        : g.checkStateChange(ctx.header("Host"), ctx.header("Origin"), ctx.header("Referer"), ctx.header(CsrfGuard.TOKEN_HEADER));
    if (refused == null && ctx.method() == HandlerType.POST) {
      String type = ctx.contentType();
      if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
        refused = "expected Content-Type application/json";
      }
    }
    if (refused != null) {
      halt(ctx, HttpStatus.FORBIDDEN, refused);
    }
  }

  private static void halt(Context ctx, HttpStatus status, String message) {
    error(ctx, status, message);
    ctx.skipRemainingHandlers();
  }

  private static void error(Context ctx, HttpStatus status, String message) {
    ctx.status(status).json(Map.of("error", message));
  }

  private void asset(Context ctx) {
    StaticAssets.Asset a = assets.get(ctx.path());
    if (a == null) {
      error(ctx, HttpStatus.NOT_FOUND, "not found");
      return;
    }
    ctx.contentType(a.contentType()).result(a.text());
  }

  private void runOverview(Context ctx) {
    List<ArticleRow> rows = state.rows();
    Set<String> sections = new TreeSet<>();
    Set<String> regions = new TreeSet<>();
    for (ArticleRow r : rows) {
      if (r.section() != null) {
        sections.add(r.section());
      }
      regions.addAll(r.regions());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("runFolder", state.run().dir().toAbsolutePath().normalize().getFileName().toString());
    out.put("summary", state.run().summary());
    out.put("deadLetters", state.run().deadLetters());
    out.put("duplicates", state.run().duplicates());
    out.put("feedbackFile", state.log().file().getFileName().toString());
    out.put("editor", state.defaultEditor());
    out.put("sections", sections);
    out.put("regions", regions);
    out.put("articles", rows);
    ctx.json(out);
  }

  private void article(Context ctx) {
    String id = ctx.queryParam("id");
    ReviewState.ArticleView v = id == null ? null : state.view(id);
    if (v == null) {
      error(ctx, HttpStatus.NOT_FOUND, "no article '" + id + "' in this run");
      return;
    }
    ctx.json(v);
  }

  private void decide(Context ctx) throws IOException {
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(ctx.bodyAsBytes());
    } catch (IOException e) {
      throw new DecisionRequest.Invalid("body: expected a JSON decision or an array of decisions");
    }
    if (body == null || !(body.isObject() || body.isArray())) {
      throw new DecisionRequest.Invalid("body: expected a JSON decision or an array of decisions");
    }
    List<DecisionRequest> requests;
    try {
      requests = body.isArray()
          ? Json.MAPPER.convertValue(body, new TypeReference<List<DecisionRequest>>() {})
          : List.of(Json.MAPPER.convertValue(body, DecisionRequest.class));
    } catch (IllegalArgumentException e) {
      throw new DecisionRequest.Invalid("body: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
    if (requests.isEmpty() || requests.size() > 500) {
      throw new DecisionRequest.Invalid("body: expected 1 to 500 decisions");
    }
    List<EditorDecision> saved = state.record(requests);
    ctx.status(HttpStatus.CREATED).json(saved);
  }
}
