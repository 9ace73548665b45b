package dev.botwright.internal.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.botwright.spi.OneTimeStates;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * "Sign in with GitHub" over real HTTP with a cookie jar: the authorize redirect, the callback, the
 * session cookie, the user's client, and signing out.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInFlowTest implements TestPropertyProvider {

  private final FakeGitHubOAuth github = new FakeGitHubOAuth();

  static final int MAX_REMEMBERED = 50;

  @Inject EmbeddedServer server;
  @Inject OneTimeStates used;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(OAuthProperties.enabled(github));
    properties.put("botwright.states.max-remembered", String.valueOf(MAX_REMEMBERED));
    return properties;
  }

  @BeforeEach
  void reset() {
    github.defaults();
  }

  @AfterAll
  void stop() {
    github.close();
  }

  @Test
  void signsInAndCallsGitHubAsTheUser() {
    Browser browser = new Browser();
    URI base = server.getURI();

    HttpResponse<String> login =
        browser.get(base.resolve("/api/github/oauth/login?return_to=/repos/view%3Fx%3D1"));

    assertThat(login.statusCode()).isEqualTo(302);
    URI authorize = URI.create(login.headers().firstValue("Location").orElseThrow());
    assertThat(authorize.toString()).startsWith(github.url() + "/login/oauth/authorize?");
    assertThat(Browser.query(authorize, "client_id")).isEqualTo(FakeGitHubOAuth.CLIENT_ID);
    assertThat(Browser.query(authorize, "redirect_uri"))
        .isEqualTo("http://localhost:" + server.getPort() + "/api/github/oauth/callback");
    assertThat(Browser.query(authorize, "code_challenge_method")).isEqualTo("S256");
    String challenge = Browser.query(authorize, "code_challenge");
    assertThat(challenge).matches("[A-Za-z0-9_-]{43}");
    String state = Browser.query(authorize, "state");
    assertThat(state).hasSizeGreaterThanOrEqualTo(43);
    assertThat(Browser.setCookie(login, SessionCookies.STATE_COOKIE).orElseThrow())
        .containsIgnoringCase("HttpOnly")
        .contains("Path=/api/github/oauth")
        .containsIgnoringCase("SameSite=Lax")
        .doesNotContain(state);

    HttpResponse<String> callback =
        browser.get(
            base.resolve(
                "/api/github/oauth/callback?code=" + FakeGitHubOAuth.CODE + "&state=" + state));

    assertThat(callback.statusCode()).isEqualTo(303);
    assertThat(callback.headers().firstValue("Location")).contains("/repos/view?x=1");
    assertThat(Browser.setCookie(callback, "botwright_session").orElseThrow())
        .containsIgnoringCase("HttpOnly")
        .contains("Path=/;")
        .containsIgnoringCase("SameSite=Lax")
        .contains("Max-Age=900")
        .doesNotContain("ghu_")
        .doesNotContain("Secure");
    assertThat(Browser.setCookie(callback, "botwright_session_refresh").orElseThrow())
        .containsIgnoringCase("HttpOnly")
        .contains("Path=/;")
        .containsIgnoringCase("SameSite=Strict")
        .contains("Max-Age=3600")
        .doesNotContain("ghr_")
        .doesNotContain("Secure");
    LoggedRequest exchange =
        github.server.findAll(postRequestedFor(urlPathEqualTo(FakeGitHubOAuth.TOKEN_PATH))).get(0);
    Map<String, String> form = FakeGitHubOAuth.form(exchange.getBodyAsString());
    assertThat(exchange.getHeader("Accept")).isEqualTo("application/json");
    assertThat(form)
        .containsEntry("client_id", FakeGitHubOAuth.CLIENT_ID)
        .containsEntry("client_secret", FakeGitHubOAuth.CLIENT_SECRET)
        .containsEntry("code", FakeGitHubOAuth.CODE)
        .containsEntry("redirect_uri", Browser.query(authorize, "redirect_uri"));
    assertThat(SignInStates.challenge(form.get("code_verifier"))).isEqualTo(challenge);
    SessionData data = OAuthProperties.open(browser.cookie("botwright_session").orElseThrow());
    assertThat(data.accessToken()).isEqualTo(FakeGitHubOAuth.TOKEN);
    assertThat(data.refreshToken()).isEmpty();
    assertThat(data.accessTokenExpiresAt()).isPositive();
    SessionData full =
        OAuthProperties.openRefresh(browser.cookie("botwright_session_refresh").orElseThrow());
    assertThat(full.refreshToken()).isEqualTo(FakeGitHubOAuth.REFRESH);
    assertThat(full.sessionId()).isEqualTo(data.sessionId()).matches("[A-Za-z0-9_-]{24}");

    assertThat(browser.get(base.resolve("/me")).body())
        .isEqualTo("octocat 583231 octocat@github.com");
    assertThat(browser.get(base.resolve("/me/file")).body()).isEqualTo("aGk=");
    List<LoggedRequest> reads =
        github.server.findAll(getRequestedFor(urlPathMatching("/repos/octo-org/app/contents/.*")));
    assertThat(reads).hasSize(1);
    assertThat(reads.get(0).getHeader("Authorization"))
        .isEqualTo("Bearer " + FakeGitHubOAuth.TOKEN);
    assertThat(reads.get(0).queryParameter("ref").firstValue()).isEqualTo("main");

    HttpResponse<String> logout = browser.post(base.resolve("/api/github/oauth/logout"));
    assertThat(logout.statusCode()).isEqualTo(303);
    assertThat(Browser.setCookie(logout, "botwright_session").orElseThrow()).contains("Max-Age=0");
    assertThat(Browser.setCookie(logout, "botwright_session_refresh").orElseThrow())
        .contains("Max-Age=0");
    assertThat(browser.get(base.resolve("/me")).statusCode()).isEqualTo(401);
  }

  @Test
  void anotherFlowsCodeStartsASessionWithoutPkce() {
    Browser browser = new Browser();

    HttpResponse<String> answer =
        browser.get(server.getURI().resolve("/me/installed?code=" + FakeGitHubOAuth.CODE));

    assertThat(answer.body()).isEqualTo("octocat");
    assertThat(browser.get(server.getURI().resolve("/me")).body())
        .isEqualTo("octocat 583231 octocat@github.com");
    Map<String, String> form =
        FakeGitHubOAuth.form(
            github
                .server
                .findAll(postRequestedFor(urlPathEqualTo(FakeGitHubOAuth.TOKEN_PATH)))
                .get(0)
                .getBodyAsString());
    assertThat(form).containsEntry("code", FakeGitHubOAuth.CODE).doesNotContainKey("code_verifier");
  }

  @Test
  void theCallbackCannotBeReplayedEvenWithTheSavedStateCookie() {
    Browser browser = new Browser();
    String state = startLogin(browser, "/");
    String stateCookie = browser.cookie(SessionCookies.STATE_COOKIE).orElseThrow();
    URI callback = callback(FakeGitHubOAuth.CODE, state);
    assertThat(browser.get(callback).statusCode()).isEqualTo(303);

    HttpResponse<String> replay =
        new Browser()
            .get(
                callback,
                "Cookie",
                SessionCookies.STATE_COOKIE + "=" + stateCookie,
                "Accept",
                "application/json");

    assertThat(replay.statusCode()).isEqualTo(400);
    assertThat(replay.body())
        .isEqualTo(
            "{\"error\":\"bad_request\",\"message\":\"This sign-in link was already used. Sign in"
                + " again.\",\"login\":\"/api/github/oauth/login\"}");
  }

  @Test
  void aStateFromAnotherBrowserIsRefused() {
    String state = startLogin(new Browser(), "/");

    HttpResponse<String> other = new Browser().get(callback(FakeGitHubOAuth.CODE, state));

    assertThat(other.statusCode()).isEqualTo(400);
    assertThat(other.body()).contains("This sign-in was not started in this browser");
    assertThat(Browser.setCookie(other, "botwright_session")).isEmpty();
    github.server.verify(0, postRequestedFor(urlPathEqualTo(FakeGitHubOAuth.TOKEN_PATH)));
  }

  @Test
  void aNeverIssuedStateSpendsNoCodeExchange() {
    Browser browser = new Browser();
    startLogin(browser, "/");

    // A made-up state: with no state cookie, with a garbage one, and with this browser's real one.
    HttpResponse<String> bare = new Browser().get(callback(FakeGitHubOAuth.CODE, "made-up"));
    HttpResponse<String> garbage =
        new Browser()
            .get(
                callback(FakeGitHubOAuth.CODE, "made-up"),
                "Cookie",
                SessionCookies.STATE_COOKIE + "=not-sealed");
    HttpResponse<String> ours = browser.get(callback(FakeGitHubOAuth.CODE, "made-up"));

    for (HttpResponse<String> response : List.of(bare, garbage, ours)) {
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body())
          .contains(
              "This sign-in was not started in this browser, or its state is unknown. Sign in"
                  + " again from this browser.");
    }
    github.server.verify(0, postRequestedFor(urlPathEqualTo(FakeGitHubOAuth.TOKEN_PATH)));
  }

  @Test
  void aFullUsedStateStoreDoesNotLockAnyoneOut() {
    Instant later = Instant.now().plusSeconds(600);
    for (int i = 0; i < 2 * MAX_REMEMBERED; i++) {
      assertThat(used.useOnce(SignInStates.PURPOSE, "flood-" + i, later)).isTrue();
    }
    Browser browser = new Browser();
    String state = startLogin(browser, "/");
    String stateCookie = browser.cookie(SessionCookies.STATE_COOKIE).orElseThrow();

    HttpResponse<String> fresh = browser.get(callback(FakeGitHubOAuth.CODE, state));

    assertThat(fresh.statusCode()).isEqualTo(303);
    assertThat(Browser.setCookie(fresh, "botwright_session")).isPresent();
    HttpResponse<String> replay =
        new Browser()
            .get(
                callback(FakeGitHubOAuth.CODE, state),
                "Cookie",
                SessionCookies.STATE_COOKIE + "=" + stateCookie);
    assertThat(replay.statusCode()).isEqualTo(400);
    assertThat(replay.body()).contains("This sign-in link was already used. Sign in again.");
  }

  @Test
  void anExpiredStateIsRefused() {
    SignInState old =
        new SignInState("old-state", "verifier", "/", System.currentTimeMillis() - 601_000);
    String cookie =
        SessionCrypto.of(List.of(OAuthProperties.KEY))
            .seal(old.toBytes(), SessionCookies.STATE_COOKIE);

    HttpResponse<String> late =
        new Browser()
            .get(
                callback(FakeGitHubOAuth.CODE, "old-state"),
                "Cookie",
                SessionCookies.STATE_COOKIE + "=" + cookie);

    assertThat(late.statusCode()).isEqualTo(400);
    assertThat(late.body()).contains("This sign-in took longer than 10 minutes. Sign in again.");
  }

  @Test
  void aMissingCodeIsABadRequest() {
    Browser browser = new Browser();
    String state = startLogin(browser, "/");

    HttpResponse<String> answer =
        browser.get(server.getURI().resolve("/api/github/oauth/callback?state=" + state));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(answer.body())
        .contains("GitHub&#39;s redirect carried no code. Start again from the sign-in link.");
  }

  @Test
  void aRefusedCodeIsABadRequestThatDoesNotEchoTheCode() {
    HttpResponse<String> answer = signIn("oauth-code-refused", "application/json");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body())
        .contains("GitHub refused to exchange the sign-in code (bad_verification_code)")
        .doesNotContain("oauth-code-refused")
        .doesNotContain(FakeGitHubOAuth.CLIENT_SECRET);
  }

  @Test
  void anAccountWithoutAVerifiedEmailIsABadRequest() {
    github.tokenFor("code=oauth-code-noemail&", "ghu_noEmailUser", "ghr_noEmail");
    github.user("ghu_noEmailUser", 7, "unverified", "new@example.com", false);

    HttpResponse<String> answer = signIn("oauth-code-noemail", "application/json");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("has no verified primary email address");
    assertThat(Browser.setCookie(answer, "botwright_session")).isEmpty();
  }

  @Test
  void gitHubFailingOrUnreachableIsABadGateway() {
    github.server.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post(
                urlPathEqualTo(FakeGitHubOAuth.TOKEN_PATH))
            .atPriority(1)
            .withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing("code=oauth-code-503&"))
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));
    github.server.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post(
                urlPathEqualTo(FakeGitHubOAuth.TOKEN_PATH))
            .atPriority(1)
            .withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing(
                    "code=oauth-code-reset&"))
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                    .withFault(
                        com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

    HttpResponse<String> failing = signIn("oauth-code-503", "application/json");
    HttpResponse<String> unreachable = signIn("oauth-code-reset", "application/json");

    assertThat(failing.statusCode()).isEqualTo(502);
    assertThat(failing.body())
        .contains("GitHub answered 503 when asked to exchange the sign-in code");
    assertThat(unreachable.statusCode()).isEqualTo(502);
    assertThat(unreachable.body())
        .contains("GitHub could not be reached to exchange the sign-in code");
  }

  @Test
  void anUnsafeReturnPathBecomesTheSiteRoot() {
    Browser browser = new Browser();
    String state = startLogin(browser, "//evil.example/steal");

    HttpResponse<String> answer = browser.get(callback(FakeGitHubOAuth.CODE, state));

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.headers().firstValue("Location")).contains("/");
  }

  @Test
  void aBrowserThatAcceptsOnlyHtmlCanSignInAndAPlainFormSignsOut() {
    Browser browser = new Browser();
    HttpResponse<String> login =
        browser.get(server.getURI().resolve("/api/github/oauth/login"), "Accept", "text/html");
    assertThat(login.statusCode()).isEqualTo(302);

    HttpResponse<String> logout =
        browser.post(
            server.getURI().resolve("/api/github/oauth/logout"),
            "Content-Type",
            "application/x-www-form-urlencoded",
            "Accept",
            "text/html");
    assertThat(logout.statusCode()).isEqualTo(303);
    assertThat(logout.headers().firstValue("Location")).contains("/");
  }

  @Test
  void tokenRoutesAreOffByDefault() {
    Browser browser = new Browser();
    assertThat(browser.get(server.getURI().resolve("/api/github/oauth/token")).statusCode())
        .isEqualTo(404);
    assertThat(browser.post(server.getURI().resolve("/api/github/oauth/grant")).statusCode())
        .isIn(404, 405);
  }

  private HttpResponse<String> signIn(String code, String accept) {
    Browser browser = new Browser();
    String state = startLogin(browser, "/");
    return browser.get(callback(code, state), "Accept", accept);
  }

  private String startLogin(Browser browser, String returnTo) {
    HttpResponse<String> login =
        browser.get(
            server
                .getURI()
                .resolve(
                    "/api/github/oauth/login?return_to="
                        + java.net.URLEncoder.encode(
                            returnTo, java.nio.charset.StandardCharsets.UTF_8)));
    return Browser.query(URI.create(login.headers().firstValue("Location").orElseThrow()), "state");
  }

  private URI callback(String code, String state) {
    return server.getURI().resolve("/api/github/oauth/callback?code=" + code + "&state=" + state);
  }
}
