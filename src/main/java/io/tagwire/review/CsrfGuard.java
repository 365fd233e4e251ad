package io.tagwire.review;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Request checks of the review server, free of any web framework so they can be tested alone.
 *
 * <ul>
 *   <li><b>Host</b>: on a loopback address only {@code 127.0.0.1}, {@code localhost} and
 *       {@code [::1]} with the server's port are accepted, which defeats DNS rebinding (a foreign
 *       page whose name is re-pointed at 127.0.0.1 sends its own name as Host).</li>
 *   <li><b>State-changing requests</b> need the per-server token in {@value #TOKEN_HEADER} (the
 *       page gets it inside its HTML, which another origin cannot read) and an {@code Origin}, or
 *       failing that a {@code Referer}, of this very server.</li>
 * </ul>
 * Each check returns null when the request passes, else the reason it was refused.
 */
public final class CsrfGuard {
  public static final String TOKEN_HEADER = "X-Tagwire-Token";

  private final String token;
  private final Set<String> allowedHosts;

  CsrfGuard(String token, Set<String> allowedHosts) {
    this.token = token;
    this.allowedHosts = allowedHosts;
  }

  /** A guard with a fresh random token for a server bound to {@code host:port}. */
  public static CsrfGuard forServer(String host, int port) {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return new CsrfGuard(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), allowedHosts(host, port));
  }

  /** Host header values to accept; null means any (the operator bound a wildcard address on purpose). */
  static Set<String> allowedHosts(String host, int port) {
    if (isWildcard(host)) {
      return null;
    }
    Set<String> names = new TreeSet<>();
    names.add(bracketed(host).toLowerCase(Locale.ROOT));
    if (isLoopback(host)) {
      names.addAll(Set.of("127.0.0.1", "localhost", "[::1]"));
    }
    Set<String> out = new TreeSet<>();
    for (String n : names) {
      out.add(n + ":" + port);
    }
    return out;
  }

  private static boolean isWildcard(String host) {
    return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static String bracketed(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  public String token() {
    return token;
  }

  public String checkHost(String hostHeader) {
    if (allowedHosts == null) {
      return null;
    }
    if (hostHeader == null || !allowedHosts.contains(hostHeader.toLowerCase(Locale.ROOT))) {
      return "unexpected Host header '" + hostHeader + "'";
    }
    return null;
  }

  /** Checks a POST (or any other state-changing request). */
  public String checkStateChange(String hostHeader, String origin, String referer, String sentToken) {
    String host = checkHost(hostHeader);
    if (host != null) {
      return host;
    }
    if (hostHeader == null) {
      return "missing Host header";
    }
    String self = "http://" + hostHeader.toLowerCase(Locale.ROOT);
    if (origin != null) {
      if (!origin.toLowerCase(Locale.ROOT).equals(self)) {
        return "cross-origin request from '" + origin + "'";
      }
    } else if (referer == null) {
      return "missing Origin and Referer headers";
    } else if (!referer.toLowerCase(Locale.ROOT).startsWith(self + "/")) {
      return "cross-origin request (Referer '" + referer + "')";
    }
    if (sentToken == null || !MessageDigest.isEqual(sentToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      return "missing or wrong " + TOKEN_HEADER + " header";
    }
    return null;
  }
}
