package dev.botwright.internal.setup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.classic.turbo.TurboFilter;
import dev.botwright.internal.dispatch.Fixtures;
import dev.botwright.internal.logging.CapturingAppender;
import dev.botwright.internal.logging.LogGuard;
import dev.botwright.internal.logging.TestLogging;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The whole life of a bot with every logger at TRACE ({@code LOG_LEVEL=trace}), GitHub faked on
 * loopback: setup through the manifest flow, sign-in with an OAuth code, a refresh of the user's
 * token, an installation token minted for a delivery, a refused forgery. Every line logged by any
 * library is captured and searched for each secret the run handled. A second run with Botwright's
 * log guard taken out shows the search finds what Micronaut writes without it.
 */
class SecretsAtTraceTest {

  private static final String INSTALLATION_TOKEN = "v1.trace0paqueInstallationT0ken42";
  private static final String OAUTH_CODE = "trace-oauth-code-5b2e91";
  private static final String USER_TOKEN = "ghu_traceUserToken0123456789ab";
  private static final String REFRESH_TOKEN = "ghr_traceRefreshToken0123456789";
  private static final String REFRESHED_TOKEN = "ghu_traceRefreshedToken987654";
  private static final String NEXT_REFRESH_TOKEN = "ghr_traceNextRefreshToken98765";
  private static final String SESSION_KEY = "dHJhY2VTZXNzaW9uS2V5VGhhdElzMzJCeXRlc0xvbmc=";

  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ");
  private static final Pattern SIGNATURE = Pattern.compile("sha256=[0-9a-fA-F]{64}");

  private static final String LOGBACK_XML = "logback-capture-trace.xml";

  private final LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();

  @Test
  void noSecretReachesAnyLogLineAtTrace() throws Exception {
    Run run = new Run(true);

    List<String> lines = run.lines();
    assertThat(lines.stream().filter(l -> l.startsWith("TRACE ")))
        .as("TRACE lines; without many this run proves nothing")
        .hasSizeGreaterThan(1000);
    assertThat(lines)
        .as("Micronaut's context at TRACE")
        .anyMatch(l -> l.startsWith("TRACE io.micronaut.context."));
    assertThat(lines)
        .as("Micronaut's HTTP client minting the installation token")
        .anyMatch(
            l ->
                l.startsWith("DEBUG io.micronaut.http.client.")
                    && l.contains("/app/installations/")
                    && l.contains("/access_tokens"));
    assertThat(lines)
        .as("Botwright's own DEBUG lines about the flows")
        .anyMatch(l -> l.startsWith("DEBUG dev.botwright.internal.auth.") && l.contains("minted"));
    assertThat(run.leaks()).isEmpty();
  }

  @Test
  void withoutTheGuardTheSameRunLeaksWhatMicronautDumps() throws Exception {
    Run run = new Run(false);

    assertThat(run.leaks())
        .as("the search finds secrets when nothing keeps them out")
        .anySatisfy(leak -> assertThat(leak).endsWith("contains the installation token"))
        .anySatisfy(leak -> assertThat(leak).endsWith("contains the OAuth code"));
  }

  /** One run of the whole flow, every line it logged, and the secrets it handled. */
  private final class Run {

    private final FakeGitHubApps github = new FakeGitHubApps();
    private final List<ILoggingEvent> events = new ArrayList<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final List<String> signatures = new ArrayList<>();
    private final CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(jar)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    Run(boolean guarded) throws Exception {
      stubSignInAndTokens();
      CapturingAppender.clear();
      // The application's own logback.xml at TRACE, read now and again by Micronaut's refresh.
      TestLogging.configure("/" + LOGBACK_XML);
      Path dir = Files.createTempDirectory("botwright-trace");
      try (EmbeddedServer server =
          ApplicationContext.run(EmbeddedServer.class, properties(dir), "test")) {
        List<TurboFilter> removed = new ArrayList<>();
        if (!guarded) {
          logback.getTurboFilterList().stream()
              .filter(LogGuard.class::isInstance)
              .forEach(removed::add);
          logback.getTurboFilterList().removeAll(removed);
        }
        try {
          flows(server);
        } finally {
          logback.getTurboFilterList().addAll(0, removed);
        }
      } finally {
        events.addAll(CapturingAppender.events());
        TestLogging.restore();
        github.close();
      }
    }

    private Map<String, Object> properties(Path dir) {
      Map<String, Object> properties =
          new HashMap<>(SetupProperties.unconfigured(github, dir.resolve(".env")));
      // What LOG_LEVEL=trace sets.
      properties.put("logger.levels.root", "TRACE");
      properties.put("logger.config", LOGBACK_XML);
      properties.put("botwright.oauth.enabled", "true");
      properties.put("botwright.oauth.secure", "false");
      properties.put("botwright.oauth.session-keys", SESSION_KEY);
      properties.put("botwright.test.oauth-controller", "true");
      return properties;
    }

    private void flows(EmbeddedServer server) throws Exception {
      URI base = server.getURI();
      setUp(base);
      signIn(base);
      // The token from the code exchange expired at once: this call refreshes it first.
      HttpResponse<String> file = send(HttpRequest.newBuilder(base.resolve("/me/file")).GET());
      assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
      github.server.verify(
          postRequestedFor(urlPathEqualTo("/login/oauth/access_token"))
              .withRequestBody(containing("refresh_token=" + REFRESH_TOKEN)));

      String id = UUID.randomUUID().toString();
      byte[] body = Fixtures.bytes("issues.opened");
      signatures.add(SignedWebhook.sign(FakeGitHubApps.WEBHOOK_SECRET, body));
      signatures.add(SignedWebhook.sign("a forger's guess", body));
      assertThat(SignedWebhook.issueOpened(base, id, "a forger's guess").statusCode())
          .isEqualTo(401);
      assertThat(SignedWebhook.issueOpened(base, id, FakeGitHubApps.WEBHOOK_SECRET).statusCode())
          .isEqualTo(202);
      SetupTestBeans.Commenter commenter =
          server.getApplicationContext().getBean(SetupTestBeans.Commenter.class);
      await().atMost(Duration.ofSeconds(20)).until(() -> commenter.handled.contains(id));
      github.server.verify(postRequestedFor(urlPathMatching("/repos/.*/comments")));

      secrets.put(FakeGitHubApps.WEBHOOK_SECRET, "the webhook secret");
      secrets.put(FakeGitHubApps.CLIENT_SECRET, "the client secret");
      secrets.put(FakeGitHubApps.CODE, "the manifest code");
      secrets.put(INSTALLATION_TOKEN, "the installation token");
      secrets.put(OAUTH_CODE, "the OAuth code");
      secrets.put(USER_TOKEN, "the user token");
      secrets.put(REFRESH_TOKEN, "the refresh token");
      secrets.put(REFRESHED_TOKEN, "the refreshed user token");
      secrets.put(NEXT_REFRESH_TOKEN, "the next refresh token");
      secrets.put(SESSION_KEY, "the session key");
      github
          .pem()
          .lines()
          .filter(line -> !line.startsWith("-----"))
          .forEach(line -> secrets.put(line, "a line of the private key"));
      signatures.forEach(s -> secrets.put(s.substring("sha256=".length()), "a signature"));
    }

    /** The manifest flow: register page, GitHub's confirmation, the callback with its code. */
    private void setUp(URI base) {
      HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve("/setup")).GET());
      assertThat(page.statusCode()).isEqualTo(200);
      HttpResponse<String> atGitHub =
          send(
              HttpRequest.newBuilder(URI.create(SetupHttp.attribute(page.body(), "action")))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "manifest="
                              + URLEncoder.encode(
                                  SetupHttp.hidden(page.body(), "manifest"),
                                  StandardCharsets.UTF_8))));
      URI callback = URI.create(atGitHub.headers().firstValue("Location").orElseThrow());
      // GitHub sends the browser back to the manifest's redirect URL, on another host name.
      String cookie =
          SetupController.STATE_COOKIE + "=" + SetupHttp.cookie(page, SetupController.STATE_COOKIE);
      HttpResponse<String> done =
          send(HttpRequest.newBuilder(callback).header("Cookie", cookie).GET());
      assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
      assertThat(done.body()).contains("is set up");
    }

    /** Sign-in: the login redirect's state, GitHub's redirect back with a code. */
    private void signIn(URI base) {
      HttpResponse<String> login =
          send(HttpRequest.newBuilder(base.resolve("/api/github/oauth/login")).GET());
      assertThat(login.statusCode()).isEqualTo(302);
      URI authorize = URI.create(login.headers().firstValue("Location").orElseThrow());
      String state = query(authorize, "state");
      secrets.put(state, "the OAuth state");
      HttpResponse<String> callback =
          send(
              HttpRequest.newBuilder(
                      base.resolve(
                          "/api/github/oauth/callback?code=" + OAUTH_CODE + "&state=" + state))
                  .GET());
      assertThat(callback.statusCode()).as(callback.body()).isEqualTo(303);
    }

    private void stubSignInAndTokens() {
      github.server.stubFor(
          post(urlPathMatching("/app/installations/[0-9]+/access_tokens"))
              .willReturn(
                  aResponse()
                      .withStatus(201)
                      .withHeader("Content-Type", "application/json")
                      .withBody(
                          "{\"token\":\""
                              + INSTALLATION_TOKEN
                              + "\",\"expires_at\":\""
                              + Instant.now().plusSeconds(3600)
                              + "\"}")));
      // The code's token is already expired, so the next request refreshes it.
      github.server.stubFor(
          post(urlPathEqualTo("/login/oauth/access_token"))
              .withRequestBody(containing("code=" + OAUTH_CODE))
              .willReturn(okJson(tokens(USER_TOKEN, 0, REFRESH_TOKEN))));
      github.server.stubFor(
          post(urlPathEqualTo("/login/oauth/access_token"))
              .withRequestBody(containing("refresh_token=" + REFRESH_TOKEN))
              .willReturn(okJson(tokens(REFRESHED_TOKEN, 28800, NEXT_REFRESH_TOKEN))));
      for (String token : List.of(USER_TOKEN, REFRESHED_TOKEN)) {
        github.server.stubFor(
            get(urlPathEqualTo("/user"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson("{\"login\":\"octocat\",\"id\":583231}")));
        github.server.stubFor(
            get(urlPathEqualTo("/user/emails"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(
                    okJson(
                        "[{\"email\":\"octocat@github.com\",\"primary\":true,\"verified\":true}]")));
      }
      github.server.stubFor(
          get(urlPathMatching("/repos/[^/]+/[^/]+/contents/.*"))
              .withHeader("Authorization", equalTo("Bearer " + REFRESHED_TOKEN))
              .willReturn(
                  okJson("{\"type\":\"file\",\"encoding\":\"base64\",\"content\":\"aGk=\"}")));
    }

    private String tokens(String token, int expiresIn, String refresh) {
      return "{\"access_token\":\""
          + token
          + "\",\"expires_in\":"
          + expiresIn
          + ",\"refresh_token\":\""
          + refresh
          + "\",\"refresh_token_expires_in\":15811200,\"scope\":\"\",\"token_type\":\"bearer\"}";
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        HttpResponse<String> response =
            browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
          HttpCookie cookie = HttpCookie.parse(header).get(0);
          if (cookie.getValue().length() >= 16) {
            secrets.put(cookie.getValue(), "the value of cookie " + cookie.getName());
          }
        }
        return response;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** Every captured event as a layout would print it: level, logger, MDC, message, exception. */
    List<String> lines() {
      List<String> lines = new ArrayList<>();
      for (ILoggingEvent event : events) {
        StringBuilder line =
            new StringBuilder()
                .append(event.getLevel())
                .append(' ')
                .append(event.getLoggerName())
                .append(' ')
                .append(event.getMDCPropertyMap())
                .append(" - ")
                .append(event.getFormattedMessage());
        if (event.getThrowableProxy() != null) {
          line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        lines.add(line.toString());
      }
      return lines;
    }

    /** One entry per secret found: the line's number and what it holds, never the secret. */
    List<String> leaks() {
      List<String> lines = lines();
      List<String> leaks = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        String where = "line " + (i + 1) + " (" + line.substring(0, line.indexOf(" - ")) + ") ";
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
          if (line.contains(secret.getKey())) {
            leaks.add(where + "contains " + secret.getValue());
          }
        }
        if (JWT.matcher(line).find()) {
          leaks.add(where + "contains a JWT");
        }
        if (SIGNATURE.matcher(line).find()) {
          leaks.add(where + "contains a signature");
        }
      }
      return leaks;
    }
  }

  private static String query(URI uri, String name) {
    for (String pair : uri.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv[0].equals(name)) {
        return java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("No " + name + " in " + uri);
  }
}
