package dev.botwright.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.internal.setup.SetupHttp;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page on another site posting to the bot's sign-in and install routes through its public address
 * (a reverse proxy keeps {@code Host: bot.example.com}) is refused; the bot's own pages, scripts
 * without an Origin and GitHub's webhooks are not.
 */
class SameOriginFilterTest {

  private static final String PUBLIC_HOST = "bot.example.com";
  private static final String REFUSED =
      "This request was sent from Origin &#39;https://attacker.example&#39;, not from one of the"
          + " bot&#39;s own pages, so it was refused and changed nothing.";

  private static EmbeddedServer server;

  @BeforeAll
  static void start() {
    server =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of(
                "botwright.setup.public-url", "https://" + PUBLIC_HOST,
                "botwright.oauth.enabled", "true",
                "botwright.oauth.session-keys", "bm9HbzBJc0FUZXN0S2V5VGhhdElzMzJCeXRlc0xvbmc=",
                "botwright.app.client-id", "Iv1.sameorigin",
                "botwright.app.client-secret", "client-secret-for-tests",
                "botwright.install.enabled", "true",
                "botwright.install.app-slug", "same-origin-test",
                "botwright.reconcile.enabled", "false"));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aForeignOriginCannotSignAUserOut() {
    String response = post("/api/github/oauth/logout", "Origin", "https://attacker.example");

    assertThat(response)
        .startsWith("HTTP/1.1 403 ")
        .contains(REFUSED)
        .doesNotContainIgnoringCase("Set-Cookie");
  }

  @Test
  void aForeignRefererWithoutOriginIsRefusedToo() {
    String response =
        post("/api/github/oauth/logout", "Referer", "https://attacker.example/page.html");

    assertThat(response)
        .startsWith("HTTP/1.1 403 ")
        .contains("This request was sent from Referer &#39;https://attacker.example/page.html");
  }

  @Test
  void theInstallRoutesAreGuardedWhateverTheirMethod() {
    assertThat(post("/github/setup", "Origin", "https://attacker.example"))
        .startsWith("HTTP/1.1 403 ")
        .contains(REFUSED);
  }

  @Test
  void theBotsOwnPagesAndScriptsSignOut() {
    assertThat(post("/api/github/oauth/logout", "Origin", "https://" + PUBLIC_HOST))
        .startsWith("HTTP/1.1 303 ");
    assertThat(post("/api/github/oauth/logout", "X-Script", "no Origin, no Referer"))
        .startsWith("HTTP/1.1 303 ");
  }

  @Test
  void webhooksAreNeverGuardedByOrigin() {
    // Unsigned, so 401 from the webhook route itself: the Origin changed nothing.
    String response =
        SetupHttp.rawPost(
            server.getPort(),
            "/api/github/webhooks",
            PUBLIC_HOST,
            "{}",
            "Content-Type",
            "application/json",
            "X-GitHub-Event",
            "issues",
            "X-GitHub-Delivery",
            "same-origin-1",
            "Origin",
            "https://attacker.example");

    assertThat(response).startsWith("HTTP/1.1 401 ");
  }

  private static String post(String path, String header, String value) {
    return SetupHttp.rawPost(
        server.getPort(),
        path,
        PUBLIC_HOST,
        "",
        "Accept",
        "text/html",
        "Content-Type",
        "application/x-www-form-urlencoded",
        header,
        value);
  }
}
