package dev.botwright.internal.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A session's life over real HTTP: logout ends it on the server (a copied cookie is refused) and
 * deletes its token at GitHub; the access cookie is renewed by the refresh cookie, which is refused
 * after logout and after the idle timeout.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionLifecycleTest implements TestPropertyProvider {

  static final String SIGN_IN_REQUIRED =
      "{\"error\":\"sign_in_required\",\"message\":\"Your GitHub session has ended. Sign in"
          + " again to continue.\",\"login\":\"/api/github/oauth/login?return_to=%2Fme\"}";
  private static final String DELETE_PATH = "/applications/" + FakeGitHubOAuth.CLIENT_ID + "/token";
  private static final String BASIC = FakeGitHubOAuth.BASIC;

  private final FakeGitHubOAuth github = new FakeGitHubOAuth();

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    return OAuthProperties.enabled(github);
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
  void aCopiedCookieIsRefusedAfterLogoutAndTheTokenIsDeletedAtGitHub() {
    Browser victim = signedIn();
    String copied = cookieHeader(victim);
    assertThat(me(copied).statusCode()).isEqualTo(200);

    HttpResponse<String> logout =
        victim.post(url("/api/github/oauth/logout"), "Accept", "application/json");

    assertThat(logout.statusCode()).isEqualTo(204);
    HttpResponse<String> replay = me(copied);
    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(replay.body()).isEqualTo(SIGN_IN_REQUIRED);
    assertThat(Browser.setCookie(replay, "botwright_session").orElseThrow()).contains("Max-Age=0");
    String accessOnly = copied.substring(0, copied.indexOf(';'));
    assertThat(me(accessOnly).statusCode()).isEqualTo(401);
    github.server.verify(
        1,
        deleteRequestedFor(urlPathEqualTo(DELETE_PATH))
            .withHeader("Authorization", equalTo(BASIC))
            .withRequestBody(equalToJson("{\"access_token\":\"" + FakeGitHubOAuth.TOKEN + "\"}")));
  }

  @Test
  void gitHubFailingToDeleteTheTokenStillEndsTheSession() {
    github.server.stubFor(
        delete(urlPathEqualTo(DELETE_PATH))
            .atPriority(1)
            .willReturn(
                aResponse().withStatus(422).withBody("{\"message\":\"Validation Failed\"}")));
    Browser victim = signedIn();
    String copied = cookieHeader(victim);

    HttpResponse<String> logout = victim.post(url("/api/github/oauth/logout"));

    assertThat(logout.statusCode()).isEqualTo(303);
    assertThat(Browser.setCookie(logout, "botwright_session").orElseThrow()).contains("Max-Age=0");
    assertThat(me(copied).statusCode()).isEqualTo(401);
    github.server.verify(1, deleteRequestedFor(urlPathEqualTo(DELETE_PATH)));
  }

  @Test
  void aValidRefreshCookieRenewsAnExpiredAccessCookie() {
    long tokenEnds = Instant.now().plusSeconds(28_800).getEpochSecond();
    String refresh =
        OAuthProperties.refresh(31, "ghu_stillGood", tokenEnds, "ghr_notNeeded", "sid-31");

    HttpResponse<String> answer =
        new Browser().get(url("/me/optional"), "Cookie", "botwright_session_refresh=" + refresh);

    assertThat(answer.body()).isEqualTo("user31");
    assertThat(Browser.setCookie(answer, "botwright_session").orElseThrow())
        .contains("Max-Age=900")
        .contains("Path=/;")
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax");
    assertThat(Browser.setCookie(answer, "botwright_session_refresh").orElseThrow())
        .contains("Max-Age=3600")
        .containsIgnoringCase("SameSite=Strict");
    SessionData access = OAuthProperties.open(SessionCookieTest.value(answer, "botwright_session"));
    assertThat(access.accessToken()).isEqualTo("ghu_stillGood");
    assertThat(access.refreshToken()).isEmpty();
    assertThat(access.sessionId()).isEqualTo("sid-31");
  }

  @Test
  void aRefreshAfterLogoutIsRefused() {
    Browser victim = signedIn();
    String refresh = victim.cookie("botwright_session_refresh").orElseThrow();
    victim.post(url("/api/github/oauth/logout"), "Accept", "application/json");

    HttpResponse<String> replay = me("botwright_session_refresh=" + refresh);

    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(replay.body()).isEqualTo(SIGN_IN_REQUIRED);
    assertThat(Browser.setCookie(replay, "botwright_session_refresh").orElseThrow())
        .contains("Max-Age=0");
    assertThat(Browser.setCookie(replay, "botwright_session").orElseThrow()).contains("Max-Age=0");
  }

  @Test
  void aRefreshAfterTheIdleTimeoutIsRefused() {
    // A refresh cookie kept (copied) past its idle deadline: the deadline inside it is past.
    SessionData idle =
        OAuthProperties.data(32, "ghu_idle", 0, "ghr_idle", System.currentTimeMillis(), "s", -1);
    String value =
        SessionCrypto.of(List.of(OAuthProperties.KEY))
            .seal(idle.toBytes(), "botwright_session_refresh");

    HttpResponse<String> replay = me("botwright_session_refresh=" + value);

    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(replay.body()).isEqualTo(SIGN_IN_REQUIRED);
    assertThat(Browser.setCookie(replay, "botwright_session_refresh").orElseThrow())
        .contains("Max-Age=0");
  }

  @Test
  void anExpiredAccessCookieAloneIsRefused() {
    SessionData expired =
        OAuthProperties.data(33, "ghu_short", 0, "", System.currentTimeMillis(), "s33", -1);
    String value =
        SessionCrypto.of(List.of(OAuthProperties.KEY)).seal(expired.toBytes(), "botwright_session");

    HttpResponse<String> replay = me("botwright_session=" + value);

    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(replay.body()).isEqualTo(SIGN_IN_REQUIRED);
  }

  private Browser signedIn() {
    Browser browser = new Browser();
    HttpResponse<String> login = browser.get(url("/api/github/oauth/login"));
    URI authorize = URI.create(login.headers().firstValue("Location").orElseThrow());
    String state = Browser.query(authorize, "state");
    HttpResponse<String> callback =
        browser.get(
            url("/api/github/oauth/callback?code=" + FakeGitHubOAuth.CODE + "&state=" + state));
    assertThat(callback.statusCode()).isEqualTo(303);
    return browser;
  }

  /** Both session cookies as a {@code Cookie} header, as an attacker would copy them. */
  private static String cookieHeader(Browser browser) {
    return "botwright_session="
        + browser.cookie("botwright_session").orElseThrow()
        + "; botwright_session_refresh="
        + browser.cookie("botwright_session_refresh").orElseThrow();
  }

  private HttpResponse<String> me(String cookieHeader) {
    return new Browser()
        .get(url("/me"), "Cookie", cookieHeader, "Accept", "application/json, text/plain");
  }

  private URI url(String path) {
    return server.getURI().resolve(path);
  }
}
