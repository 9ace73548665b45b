package dev.botwright.internal.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.botwright.oauth.UserSessions;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Session cookies as the server reads them: tampering, key rotation, GitHub's 401, renewal from the
 * refresh cookie with a refresh of an expired token under concurrency, and revocation.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionCookieTest implements TestPropertyProvider {

  private final FakeGitHubOAuth github = new FakeGitHubOAuth();

  @Inject EmbeddedServer server;
  @Inject UserSessions sessions;

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
  void aTamperedCookieIsNoSessionAndIsCleared() {
    String good = cookie(OAuthProperties.KEY, 11, "ghu_tamperTest", 0, "");
    int middle = good.length() / 2;
    char flipped = good.charAt(middle) == 'A' ? 'B' : 'A';
    String tampered = good.substring(0, middle) + flipped + good.substring(middle + 1);

    for (String value : List.of(tampered, "garbled", "")) {
      HttpResponse<String> answer = get("/me/optional", value);
      assertThat(answer.body()).as(value).isEqualTo("anonymous");
      if (!value.isEmpty()) {
        assertThat(Browser.setCookie(answer, "botwright_session").orElseThrow())
            .startsWith("botwright_session=;")
            .contains("Max-Age=0");
      }
    }
    assertThat(get("/me/optional", good).body()).isEqualTo("user11");
  }

  @Test
  void anOldKeyStillConfiguredDecryptsButARemovedOneDoesNot() {
    HttpResponse<String> old =
        get("/me/optional", cookie(OAuthProperties.OLD_KEY, 12, "ghu_old", 0, ""));
    HttpResponse<String> gone =
        get("/me/optional", cookie(OAuthProperties.GONE_KEY, 13, "ghu_gone", 0, ""));

    assertThat(old.body()).isEqualTo("user12");
    assertThat(Browser.setCookie(old, "botwright_session")).isEmpty();
    assertThat(gone.body()).isEqualTo("anonymous");
    assertThat(Browser.setCookie(gone, "botwright_session").orElseThrow()).contains("Max-Age=0");
  }

  @Test
  void gitHubRefusingTheTokenEndsTheSession() {
    github.unauthorized("ghu_revokedAtGitHub");

    HttpResponse<String> answer =
        get(
            "/me/file",
            cookie(OAuthProperties.KEY, 14, "ghu_revokedAtGitHub", 0, ""),
            "application/json, text/plain");

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body())
        .isEqualTo(
            "{\"error\":\"sign_in_required\",\"message\":\"Your GitHub session has ended. Sign in"
                + " again to continue.\",\"login\":\"/api/github/oauth/login?return_to=%2Fme%2Ffile\"}");
    assertThat(Browser.setCookie(answer, "botwright_session").orElseThrow()).contains("Max-Age=0");
    github.server.verify(1, getRequestedFor(urlPathMatching("/repos/.*")));
  }

  @Test
  void anExpiredTokenIsRefreshedOnceForConcurrentRequests() throws Exception {
    github.server.stubFor(
        post(urlPathEqualTo(FakeGitHubOAuth.TOKEN_PATH))
            .atPriority(1)
            .withRequestBody(containing("refresh_token=ghr_spentOnce"))
            .willReturn(
                aResponse()
                    .withFixedDelay(300)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"access_token\":\"ghu_refreshedToken\",\"expires_in\":28800,"
                            + "\"refresh_token\":\"ghr_nextRefresh\","
                            + "\"refresh_token_expires_in\":15811200}")));
    long expired = Instant.now().minusSeconds(10).getEpochSecond();
    // The access cookie is gone (expired); the refresh cookie renews it, refreshing GitHub's token.
    String value =
        OAuthProperties.refresh(15, "ghu_expiredToken", expired, "ghr_spentOnce", "sid-15");

    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<HttpResponse<String>> answers = new ArrayList<>();
    try {
      List<Future<HttpResponse<String>>> futures = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        futures.add(pool.submit(() -> getWith("/me/file", "botwright_session_refresh", value)));
      }
      for (Future<HttpResponse<String>> future : futures) {
        answers.add(future.get());
      }
    } finally {
      pool.shutdownNow();
    }

    github.server.verify(1, postRequestedFor(urlPathEqualTo(FakeGitHubOAuth.TOKEN_PATH)));
    LoggedRequest refresh =
        github.server.findAll(postRequestedFor(urlPathEqualTo(FakeGitHubOAuth.TOKEN_PATH))).get(0);
    assertThat(FakeGitHubOAuth.form(refresh.getBodyAsString()))
        .containsEntry("grant_type", "refresh_token")
        .containsEntry("client_id", FakeGitHubOAuth.CLIENT_ID)
        .containsEntry("client_secret", FakeGitHubOAuth.CLIENT_SECRET);
    assertThat(github.server.findAll(getRequestedFor(urlPathMatching("/repos/.*"))))
        .hasSize(4)
        .allSatisfy(
            r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer ghu_refreshedToken"));
    for (HttpResponse<String> answer : answers) {
      assertThat(answer.statusCode()).isEqualTo(200);
      SessionData access = OAuthProperties.open(value(answer, "botwright_session"));
      SessionData renewed = OAuthProperties.openRefresh(value(answer, "botwright_session_refresh"));
      assertThat(access.accessToken()).isEqualTo("ghu_refreshedToken");
      assertThat(access.refreshToken()).isEmpty();
      assertThat(renewed.accessToken()).isEqualTo("ghu_refreshedToken");
      assertThat(renewed.refreshToken()).isEqualTo("ghr_nextRefresh");
      assertThat(List.of(access.userId(), renewed.userId())).containsOnly(15L);
      assertThat(List.of(access.sessionId(), renewed.sessionId())).containsOnly("sid-15");
    }
  }

  @Test
  void revokingAUserEndsTheSessionsIssuedBefore() {
    long before = System.currentTimeMillis() - 1000;
    String earlier = OAuthProperties.session(OAuthProperties.KEY, 16, "ghu_a", 0, "", before);
    String otherUser = OAuthProperties.session(OAuthProperties.KEY, 17, "ghu_b", 0, "", before);
    assertThat(get("/me/optional", earlier).body()).isEqualTo("user16");

    sessions.revokeAll(16);

    HttpResponse<String> refused = get("/me", earlier);
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(Browser.setCookie(refused, "botwright_session").orElseThrow()).contains("Max-Age=0");
    assertThat(get("/me/optional", otherUser).body()).isEqualTo("user17");
    String later =
        OAuthProperties.session(
            OAuthProperties.KEY, 16, "ghu_c", 0, "", System.currentTimeMillis() + 1000);
    assertThat(get("/me/optional", later).body()).isEqualTo("user16");
  }

  private static String cookie(String key, long user, String token, long expires, String refresh) {
    return OAuthProperties.session(key, user, token, expires, refresh, System.currentTimeMillis());
  }

  private HttpResponse<String> get(String path, String cookie) {
    return get(path, cookie, "text/plain");
  }

  private HttpResponse<String> getWith(String path, String name, String value) {
    URI uri = server.getURI().resolve(path);
    return new Browser().get(uri, "Cookie", name + "=" + value, "Accept", "text/plain");
  }

  /** The value {@code answer} sets for cookie {@code name}. */
  static String value(HttpResponse<?> answer, String name) {
    String set = Browser.setCookie(answer, name).orElseThrow();
    return set.substring(set.indexOf('=') + 1, set.indexOf(';'));
  }

  private HttpResponse<String> get(String path, String cookie, String accept) {
    URI uri = server.getURI().resolve(path);
    return new Browser().get(uri, "Cookie", "botwright_session=" + cookie, "Accept", accept);
  }
}
