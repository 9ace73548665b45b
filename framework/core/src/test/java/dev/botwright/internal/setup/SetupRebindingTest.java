package dev.botwright.internal.setup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.internal.config.DotEnvFiles;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * DNS rebinding and tunnels against setup mode: a page on {@code attacker.example} whose name
 * resolves to 127.0.0.1 reaches the bot from loopback with its own {@code Host}, and a form posted
 * from it carries its {@code Origin}. Both are refused even with {@code allow-remote} on (which
 * lifts only the loopback-peer rule), and nothing is written; the bot's own names, including the
 * configured public URL's host behind a proxy, keep working.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SetupRebindingTest implements TestPropertyProvider {

  private static final String PUBLIC_URL = "https://bot.example.com";

  private final FakeGitHubApps github = new FakeGitHubApps();
  private final Path credentials = tempDir().resolve(".env");

  @Inject EmbeddedServer server;
  @Inject SetupMode mode;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties =
        new LinkedHashMap<>(SetupProperties.unconfigured(github, credentials));
    properties.put("botwright.setup.public-url", PUBLIC_URL);
    properties.put("botwright.setup.allow-remote", "true");
    return properties;
  }

  @AfterAll
  void stop() {
    github.close();
  }

  @Test
  void aReboundHostGetsNoSetupPageAndNoCookie() {
    int port = server.getPort();
    for (String path : new String[] {"/setup", "/setup/import", "/setup/callback?code=c&state=s"}) {
      for (String host : new String[] {"attacker.example", "attacker.example:" + port}) {
        String response = SetupHttp.raw(port, "GET", path, host);

        assertThat(response).as("%s with Host %s", path, host).startsWith("HTTP/1.1 403 ");
        assertThat(response)
            .doesNotContainIgnoringCase("Set-Cookie")
            .doesNotContain("name=\"csrf\"", "name=\"manifest\"")
            .contains(
                "This page was requested for the host &#39;"
                    + host
                    + "&#39;, which is not one of the bot&#39;s own names, so it was refused: a"
                    + " site on another domain could otherwise take over setup through this"
                    + " browser. Open http://localhost:"
                    + port
                    + "/setup on the bot&#39;s machine, or, if you reach the bot at another"
                    + " address, set botwright.setup.public-url (BOTWRIGHT_SETUP_PUBLIC_URL) to"
                    + " that address, e.g. https://bot.example.com, and restart the bot.")
            .contains("href=\"http://localhost:" + port + "/setup\"");
      }
    }
    assertThat(mode.isWaiting()).isTrue();
  }

  @Test
  void namesThatOnlyLookLikeTheBotsAreRefused() {
    int port = server.getPort();
    for (String host :
        new String[] {
          "attacker.example@localhost:" + port,
          "localhost." + ":" + port,
          "localhost:" + (port + 1),
          "bot.example.com:8443",
          "bot.example.com.attacker.example",
          "127.0.0.2:" + port,
          ""
        }) {
      assertThat(SetupHttp.raw(port, "GET", "/setup/import", host))
          .as("Host %s", host)
          .startsWith("HTTP/1.1 403 ")
          .doesNotContainIgnoringCase("Set-Cookie");
    }
  }

  @Test
  void theBotsOwnNamesGetTheSetupPages() {
    int port = server.getPort();
    for (String host :
        new String[] {
          "localhost:" + port,
          "LOCALHOST:" + port,
          "127.0.0.1:" + port,
          "[::1]:" + port,
          "localhost",
          "bot.example.com",
          "bot.example.com:443"
        }) {
      String response = SetupHttp.raw(port, "GET", "/setup/import", host);

      assertThat(response).as("Host %s", host).startsWith("HTTP/1.1 200 ");
      assertThat(response).containsIgnoringCase("Set-Cookie: " + SetupController.CSRF_COOKIE);
    }
  }

  @Test
  void theImportFormAsksBrowsersToSendItsOrigin() {
    HttpResponse<String> form = SetupHttp.get(uri("/setup/import"));

    // no-referrer would make a browser send "Origin: null", which is refused as foreign.
    assertThat(form.headers().allValues("Referrer-Policy")).containsExactly("same-origin");
  }

  @Test
  void anImportPostedFromAnotherSiteIsRefusedAndWritesNothing() {
    String local = "localhost:" + server.getPort();
    for (String[] attack :
        new String[][] {
          // through a proxy or tunnel to the public URL, which the Host check lets through
          {"bot.example.com", "Origin", "http://attacker.example"},
          {"bot.example.com", "Origin", "null"},
          {"bot.example.com", "Origin", "http://bot.example.com"},
          {"bot.example.com", "Referer", "http://attacker.example/rebind.html"},
          // straight to this machine
          {"[::1]:" + server.getPort(), "Origin", "http://attacker.example"},
          {local, "Origin", "http://localhost:" + (server.getPort() + 1)},
          {local, "Referer", "http://attacker.example/rebind.html"}
        }) {
      String response = importWithValidCsrf(attack[0], attack[1], attack[2], "42");

      assertThat(response).as("%s via %s", attack[1] + ": " + attack[2], attack[0]);
      assertThat(response)
          .startsWith("HTTP/1.1 403 ")
          .contains(
              "This form was sent from "
                  + attack[1]
                  + " &#39;"
                  + attack[2]
                  + "&#39;, not from the bot&#39;s own setup page, so it was refused: another"
                  + " site may be trying to set up the bot with its own app. Open"
                  + " http://localhost:"
                  + server.getPort()
                  + "/setup on this machine and start from there.")
          .contains("Nothing was saved.");
      assertThat(credentials).doesNotExist();
      assertThat(mode.isWaiting()).isTrue();
    }
  }

  @Test
  void aForeignOriginToLocalhostIsAlreadyRefusedByMicronaut() {
    // Micronaut's CORS filter answers an empty 403 to a foreign Origin sent to Host localhost
    // (its drive-by-localhost check) before Botwright's guard sees the request.
    String response =
        importWithValidCsrf(
            "localhost:" + server.getPort(), "Origin", "http://attacker.example", "42");

    assertThat(response).startsWith("HTTP/1.1 403 ").doesNotContain("is set up");
    assertThat(credentials).doesNotExist();
    assertThat(mode.isWaiting()).isTrue();
  }

  @Test
  void anImportFromTheBotsOwnPagesPassesTheGuard() {
    String local = "localhost:" + server.getPort();
    for (String[] source :
        new String[][] {
          {local, "Origin", "http://" + local},
          {"127.0.0.1:" + server.getPort(), "Origin", "http://127.0.0.1:" + server.getPort()},
          {local, "Referer", "http://" + local + "/setup/import"},
          {local, "X-Script", "no Origin, no Referer"},
          {"bot.example.com", "Origin", PUBLIC_URL},
          {"bot.example.com", "Referer", PUBLIC_URL + "/setup/import"}
        }) {
      // A bad App ID stops the import after the guard, so nothing is written yet.
      String response = importWithValidCsrf(source[0], source[1], source[2], "my-app");

      assertThat(response)
          .as("%s via %s", source[1] + ": " + source[2], source[0])
          .startsWith("HTTP/1.1 400 ")
          .contains("The App ID must be the number");
    }
    assertThat(credentials).doesNotExist();
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void anImportThroughAProxyToThePublicUrlIsSaved() throws IOException {
    String response = importWithValidCsrf("bot.example.com", "Origin", PUBLIC_URL, "424242");

    assertThat(response).startsWith("HTTP/1.1 200 ").contains("is set up");
    assertThat(DotEnvFiles.read(credentials)).containsEntry("APP_ID", "424242");
    assertThat(mode.isWaiting()).isFalse();
  }

  /**
   * The import form posted with {@code Host: host} and one more header, with a fresh CSRF token and
   * its cookie: the attacker is assumed to hold a valid pair, so only the guard stands in the way.
   */
  private String importWithValidCsrf(String host, String header, String value, String appId) {
    HttpResponse<String> form = SetupHttp.get(uri("/setup/import"));
    String csrf = SetupHttp.hidden(form.body(), "csrf");
    String boundary = "----botwright" + System.nanoTime();
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("csrf", csrf);
    parts.put("app_id", appId);
    parts.put("webhook_secret", "the-attackers-secret");
    parts.put("private_key", github.pem().getBytes(StandardCharsets.US_ASCII));
    return SetupHttp.rawPost(
        server.getPort(),
        "/setup/import",
        host,
        SetupHttp.multipartText(boundary, parts),
        "Content-Type",
        "multipart/form-data; boundary=" + boundary,
        "Cookie",
        SetupController.CSRF_COOKIE + "=" + csrf,
        header,
        value);
  }

  private URI uri(String path) {
    return server.getURI().resolve(path);
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("botwright-setup-rebinding");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
