package dev.botwright.internal.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every way the setup flow refuses: each leaves the credentials file unwritten and the bot still
 * waiting for setup (its webhook route keeps answering 503).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SetupErrorPathsTest implements TestPropertyProvider {

  private final FakeGitHubApps github = new FakeGitHubApps();
  private final Path dir = tempDir();
  private final Path credentials = dir.resolve("credentials.env");
  private final Path manifest = dir.resolve("app.yml");

  @Inject EmbeddedServer server;
  @Inject SetupMode mode;
  @Inject SetupTestBeans.SwitchableClientAddress clientAddress;

  @Override
  public Map<String, String> getProperties() {
    writeManifest(
        "name: error-paths\ndefault_events: [issues]\ndefault_permissions: {issues: write}\n");
    Map<String, String> properties =
        new LinkedHashMap<>(SetupProperties.unconfigured(github, credentials));
    properties.put("botwright.setup.manifest", manifest.toString());
    properties.put("botwright.test.client-address", "switchable");
    return properties;
  }

  @AfterEach
  void nothingWasWritten() {
    clientAddress.remote = null;
    assertThat(credentials).doesNotExist();
    assertThat(mode.isWaiting()).isTrue();
    assertThat(
            SignedWebhook.issueOpened(server.getURI(), "x", FakeGitHubApps.WEBHOOK_SECRET)
                .statusCode())
        .isEqualTo(503);
  }

  @AfterAll
  void stop() {
    github.close();
  }

  private URI uri(String path) {
    return server.getURI().resolve(path);
  }

  /** A fresh state and the cookie that binds it, as the register page hands them out. */
  private String[] startRegistration() {
    HttpResponse<String> page = SetupHttp.get(uri("/setup"));
    assertThat(page.statusCode()).isEqualTo(200);
    String state = SetupHttp.cookie(page, SetupController.STATE_COOKIE);
    assertThat(SetupHttp.attribute(page.body(), "action")).endsWith("?state=" + state);
    return new String[] {state, SetupController.STATE_COOKIE + "=" + state};
  }

  private HttpResponse<String> callback(String code, String state, String cookie) {
    String query =
        "?code="
            + code
            + (state == null ? "" : "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
    return cookie == null
        ? SetupHttp.get(uri("/setup/callback" + query))
        : SetupHttp.get(uri("/setup/callback" + query), "Cookie", cookie);
  }

  @Test
  void webhooksGet503WithAnExplanationWhileSetupIsPending() {
    HttpResponse<String> response = SignedWebhook.issueOpened(server.getURI(), "early", "any");
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).contains("not set up yet").contains("/setup");
  }

  @Test
  void theRootRedirectsToTheSetupPage() {
    HttpResponse<String> response = SetupHttp.get(uri("/"));
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).contains("/setup");
  }

  @Test
  void theRegisterPageCarriesTheManifestAndABrowserBoundState() {
    HttpResponse<String> page = SetupHttp.get(uri("/setup"));

    assertThat(SetupHttp.attribute(page.body(), "action"))
        .startsWith(github.url() + "/settings/apps/new?state=");
    assertThat(SetupHttp.setCookie(page, SetupController.STATE_COOKIE))
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax")
        .contains("Path=/setup");
    String manifestJson = SetupHttp.hidden(page.body(), "manifest");
    String port = Integer.toString(server.getPort());
    assertThat(manifestJson)
        .contains("\"name\":\"error-paths\"")
        .contains("\"url\":\"http://localhost:" + port + "/api/github/webhooks\"")
        .contains("\"redirect_url\":\"http://localhost:" + port + "/setup/callback\"")
        .contains("\"default_events\":[\"issues\"]");
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  void forwardedHeadersCannotChangeTheUrlsGitHubCalls() {
    HttpResponse<String> forwarded =
        SetupHttp.get(
            uri("/setup"),
            "X-Forwarded-Host",
            "evil.example",
            "X-Forwarded-Proto",
            "https",
            "X-Forwarded-Port",
            "443",
            "Forwarded",
            "host=evil.example;proto=https");

    assertThat(forwarded.statusCode()).isEqualTo(200);
    String expected = "http://localhost:" + server.getPort();
    String manifestJson = SetupHttp.hidden(forwarded.body(), "manifest");
    assertThat(manifestJson)
        .doesNotContain("evil.example")
        .contains("\"url\":\"" + expected + "/api/github/webhooks\"")
        .contains("\"redirect_url\":\"" + expected + "/setup/callback\"");
  }

  @Test
  void aForgedHostIsRefusedEvenFromThisMachine() {
    String response = SetupHttp.raw(server.getPort(), "GET", "/setup", "evil.example:8443");

    assertThat(response).startsWith("HTTP/1.1 403").doesNotContainIgnoringCase("Set-Cookie");
    assertThat(response).contains("requested for the host &#39;evil.example:8443&#39;");
  }

  @Test
  void aCallbackWithoutStateOrWithAnotherBrowsersStateChangesNothing() {
    String[] registration = startRegistration();

    HttpResponse<String> noState = callback(FakeGitHubApps.CODE, null, registration[1]);
    HttpResponse<String> noCookie = callback(FakeGitHubApps.CODE, registration[0], null);
    HttpResponse<String> otherCookie =
        callback(
            FakeGitHubApps.CODE, registration[0], SetupController.STATE_COOKIE + "=someone-else");
    HttpResponse<String> unknown =
        callback(FakeGitHubApps.CODE, "made-up", SetupController.STATE_COOKIE + "=made-up");

    assertThat(noState.statusCode()).isEqualTo(400);
    assertThat(noState.body()).contains("has no state").contains("href=\"/setup\"");
    assertThat(noCookie.statusCode()).isEqualTo(400);
    assertThat(noCookie.body()).contains("not started in this browser");
    assertThat(otherCookie.statusCode()).isEqualTo(400);
    assertThat(otherCookie.body()).contains("not started in this browser");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("already used or is unknown");
  }

  @Test
  void anExpiredCodeFailsClearlyAndItsStateCannotBeReplayed() {
    String[] registration = startRegistration();

    HttpResponse<String> expired = callback("expired-code", registration[0], registration[1]);
    HttpResponse<String> replay = callback(FakeGitHubApps.CODE, registration[0], registration[1]);

    assertThat(expired.statusCode()).isEqualTo(502);
    assertThat(expired.body())
        .contains("did not accept the registration code (404)")
        .contains("Nothing was saved")
        .contains("id=\"retry\"");
    assertThat(replay.statusCode()).isEqualTo(400);
    assertThat(replay.body()).contains("already used");
  }

  @Test
  void aUsedCodeAndANetworkFailureShowARetryLink() {
    String[] first = startRegistration();
    HttpResponse<String> used = callback("used-code", first[0], first[1]);
    String[] second = startRegistration();
    HttpResponse<String> network = callback("network-code", second[0], second[1]);

    assertThat(used.statusCode()).isEqualTo(502);
    assertThat(used.body()).contains("(422)").contains("href=\"/setup\"");
    assertThat(network.statusCode()).isEqualTo(502);
    assertThat(network.body()).contains("could not be reached").contains("href=\"/setup\"");
  }

  @Test
  void aBadManifestIsReportedOnThePageInsteadOfTheRegisterButton() {
    writeManifest(
        "name: bad\nwebhooks: yes\ndefault_events: [issues, issue.opened]\n"
            + "default_permissions: {isues: write, checks: admin}\n");
    try {
      HttpResponse<String> page = SetupHttp.get(uri("/setup"));

      assertThat(page.statusCode()).isEqualTo(500);
      assertThat(page.body())
          .doesNotContain("id=\"register\"")
          .contains("&#39;webhooks&#39; is not a GitHub manifest key")
          .contains("&#39;issue.opened&#39;, which is not a GitHub webhook event")
          .contains("&#39;isues&#39;, which is not a GitHub App permission")
          .contains("gives checks the level &#39;admin&#39;");
    } finally {
      writeManifest("name: error-paths\ndefault_events: [issues]\n");
    }
  }

  @Test
  void otherMachinesAreRefusedWhateverTheirHeadersClaim() {
    clientAddress.remote = addressOf("192.0.2.7");

    HttpResponse<String> page = SetupHttp.get(uri("/setup"), "X-Forwarded-For", "127.0.0.1");
    HttpResponse<String> callback =
        callback(FakeGitHubApps.CODE, "s", SetupController.STATE_COOKIE + "=s");
    HttpResponse<String> root = SetupHttp.get(uri("/"));

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("only browsers on the bot&#39;s own machine");
    assertThat(callback.statusCode()).isEqualTo(403);
    assertThat(root.statusCode()).isNotEqualTo(303);
  }

  @Test
  void aLoopbackBrowserIsServedWhateverItsForwardedForHeaderClaims() {
    assertThat(SetupHttp.get(uri("/setup"), "X-Forwarded-For", "192.0.2.7").statusCode())
        .isEqualTo(200);
  }

  @Test
  void importRefusesAFormWithoutThisBrowsersCsrfToken() {
    HttpResponse<String> form = SetupHttp.get(uri("/setup/import"));
    String csrf = SetupHttp.hidden(form.body(), "csrf");

    HttpResponse<String> noCookie = importApp(csrf, null, "42", "secret", keyBytes());
    HttpResponse<String> wrongToken =
        importApp("forged", SetupController.CSRF_COOKIE + "=forged", "42", "secret", keyBytes());

    assertThat(SetupHttp.setCookie(form, SetupController.CSRF_COOKIE))
        .containsIgnoringCase("HttpOnly");
    assertThat(noCookie.statusCode()).isEqualTo(403);
    assertThat(wrongToken.statusCode()).isEqualTo(403);
    assertThat(wrongToken.body()).contains("out of date or was not sent from this browser");
  }

  @Test
  void importRefusesAnUnusableKeyOrAppIdAndSaysWhy() {
    HttpResponse<String> badKey = importWithFreshToken("42", "secret", "not a key".getBytes());
    HttpResponse<String> badId = importWithFreshToken("my-app", "secret", keyBytes());
    HttpResponse<String> noSecret = importWithFreshToken("42", "", keyBytes());

    assertThat(badKey.statusCode()).isEqualTo(400);
    assertThat(badKey.body())
        .contains("The private key cannot be used")
        .doesNotContain("not a key");
    assertThat(badId.statusCode()).isEqualTo(400);
    assertThat(badId.body()).contains("The App ID must be the number");
    assertThat(noSecret.statusCode()).isEqualTo(400);
    assertThat(noSecret.body()).contains("webhook secret is required");
  }

  private HttpResponse<String> importWithFreshToken(String appId, String secret, byte[] key) {
    HttpResponse<String> form = SetupHttp.get(uri("/setup/import"));
    String csrf = SetupHttp.hidden(form.body(), "csrf");
    return importApp(csrf, SetupController.CSRF_COOKIE + "=" + csrf, appId, secret, key);
  }

  private HttpResponse<String> importApp(
      String csrf, String cookie, String appId, String secret, byte[] key) {
    String boundary = "----botwright" + System.nanoTime();
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("csrf", csrf);
    parts.put("app_id", appId);
    parts.put("webhook_secret", secret);
    parts.put("private_key", key);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("/setup/import"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(SetupHttp.multipart(boundary, parts));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return SetupHttp.send(request.build());
  }

  private byte[] keyBytes() {
    return github.pem().getBytes(StandardCharsets.US_ASCII);
  }

  private void writeManifest(String yaml) {
    try {
      Files.writeString(manifest, yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InetAddress addressOf(String ip) {
    try {
      return InetAddress.getByName(ip);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("botwright-setup-errors");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
