package io.tagwire.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The page's own files, a fixed list read from {@code src/main/resources/review/} once. Request
 * paths are looked up in this list and never joined to a folder, so no path can reach another
 * file.
 */
final class StaticAssets {
  record Asset(String contentType, String text) {}

  static final String TOKEN_PLACEHOLDER = "{{CSRF_TOKEN}}";

  private static final Map<String, String> TYPES = Map.of(
      "/", "text/html; charset=utf-8",
      "/app.js", "text/javascript; charset=utf-8",
      "/app.css", "text/css; charset=utf-8");

  private final Map<String, Asset> assets;

  StaticAssets(String token) {
    this.assets = Map.of(
        "/", new Asset(TYPES.get("/"), load("index.html").replace(TOKEN_PLACEHOLDER, token)),
        "/app.js", new Asset(TYPES.get("/app.js"), load("app.js")),
        "/app.css", new Asset(TYPES.get("/app.css"), load("app.css")));
  }

  Asset get(String path) {
    return assets.get(path);
  }

  static java.util.Set<String> paths() {
    return TYPES.keySet();
  }

  private static String load(String name) {
    String resource = "/review/" + name;
    try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
