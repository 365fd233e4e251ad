package io.tagwire.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CsrfGuardTest {
  private final CsrfGuard guard = new CsrfGuard("t0ken", CsrfGuard.allowedHosts("127.0.0.1", 8123));

  @Test
  void loopbackServerAcceptsOnlyLoopbackNamesWithItsPort() {
    assertThat(CsrfGuard.allowedHosts("127.0.0.1", 8123)).isEqualTo(Set.of("127.0.0.1:8123", "localhost:8123", "[::1]:8123"));
    assertThat(guard.checkHost("127.0.0.1:8123")).isNull();
    assertThat(guard.checkHost("LOCALHOST:8123")).isNull();
    assertThat(guard.checkHost("evil.example:8123")).contains("unexpected Host");
    assertThat(guard.checkHost("127.0.0.1:9999")).contains("unexpected Host");
    assertThat(guard.checkHost(null)).contains("unexpected Host");
  }

  @Test
  void aWildcardBindAcceptsAnyHostButStillChecksOrigin() {
    CsrfGuard open = new CsrfGuard("t0ken", CsrfGuard.allowedHosts("0.0.0.0", 80));
    assertThat(open.checkHost("newsroom-box:80")).isNull();
    assertThat(open.checkStateChange("newsroom-box:80", "http://newsroom-box:80", null, "t0ken")).isNull();
    assertThat(open.checkStateChange("newsroom-box:80", "http://evil.example", null, "t0ken")).contains("cross-origin");
  }

  @Test
  void stateChangesNeedSameOriginAndTheToken() {
    String host = "127.0.0.1:8123";
    assertThat(guard.checkStateChange(host, "http://127.0.0.1:8123", null, "t0ken")).isNull();
    assertThat(guard.checkStateChange(host, null, "http://127.0.0.1:8123/#/a/x", "t0ken")).isNull();
    assertThat(guard.checkStateChange(host, "http://evil.example", null, "t0ken")).contains("cross-origin");
    assertThat(guard.checkStateChange(host, "null", null, "t0ken")).contains("cross-origin");
    assertThat(guard.checkStateChange(host, null, "http://127.0.0.1:8123.evil.example/", "t0ken")).contains("cross-origin");
    assertThat(guard.checkStateChange(host, null, null, "t0ken")).contains("missing Origin and Referer");
    assertThat(guard.checkStateChange(host, "http://127.0.0.1:8123", null, null)).contains("X-Tagwire-Token");
    assertThat(guard.checkStateChange(host, "http://127.0.0.1:8123", null, "t0ken2")).contains("X-Tagwire-Token");
    assertThat(guard.checkStateChange("evil.example:8123", "http://evil.example:8123", null, "t0ken")).contains("unexpected Host");
  }

  @Test
  void tokensAreRandomPerServer() {
    String a = CsrfGuard.forServer("127.0.0.1", 1).token();
    String b = CsrfGuard.forServer("127.0.0.1", 1).token();
    assertThat(a).hasSize(43).isNotEqualTo(b).matches("[A-Za-z0-9_-]+");
  }
}
