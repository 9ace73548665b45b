package dev.botwright.internal.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Octokit's token routes when turned on, with the default (Secure) cookie settings. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenRoutesTest implements TestPropertyProvider {

  private static final String APPS = "/applications/" + FakeGitHubOAuth.CLIENT_ID;
  private static final String BASIC = FakeGitHubOAuth.BASIC;

  private final FakeGitHubOAuth github = new FakeGitHubOAuth();

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = OAuthProperties.enabled(github);
    properties.remove("botwright.oauth.secure");
    properties.put("botwright.oauth.token-routes", "true");
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
  void everyTokenRouteNeedsTheUsersToken() {
    for (String[] route :
        new String[][] {
          {"GET", "/token"}, {"PATCH", "/token"}, {"DELETE", "/token"}, {"DELETE", "/grant"}
        }) {
      HttpResponse<String> answer = send(route[0], route[1], null, null);
      assertThat(answer.statusCode()).as(route[1]).isEqualTo(401);
      assertThat(answer.body())
          .isEqualTo("{\"error\":\"\\\"Authorization: token <user token>\\\" header required\"}");
    }
    github.server.verify(0, postRequestedFor(urlPathEqualTo(APPS + "/token")));
  }

  @Test
  void checksATokenWithTheClientCredentialsAndAnswersJsonWithoutCors() {
    github.server.stubFor(
        post(urlPathEqualTo(APPS + "/token"))
            .withHeader("Authorization", equalTo(BASIC))
            .withRequestBody(equalToJson("{\"access_token\":\"ghu_checkMe\"}"))
            .willReturn(
                okJson("{\"id\":1,\"token\":\"ghu_checkMe\",\"user\":{\"login\":\"octocat\"}}")));

    HttpResponse<String> answer = send("GET", "/token", "ghu_checkMe", null);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(answer.body())
        .contains("\"data\":{\"id\":1,")
        .contains(
            "\"authentication\":{\"type\":\"token\",\"tokenType\":\"oauth\",\"clientType\":"
                + "\"github-app\",\"clientId\":\"Iv1.oauthtest\",\"token\":\"ghu_checkMe\"}");
  }

  @Test
  void aCrossOriginCallGetsNoCorsHeaders() {
    HttpResponse<String> answer =
        new Browser()
            .get(
                URI.create(server.getURI() + "/api/github/oauth/token"),
                "Authorization",
                "token ghu_fromAnotherSite",
                "Origin",
                "https://elsewhere.example");

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    github.server.verify(0, postRequestedFor(urlPathEqualTo(APPS + "/token")));
  }

  @Test
  void anInvalidTokenIsNotFound() {
    github.server.stubFor(
        post(urlPathEqualTo(APPS + "/token"))
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"Not Found\"}")));

    assertThat(send("GET", "/token", "ghu_unknown", null).statusCode()).isEqualTo(404);
  }

  @Test
  void deletesTheGrant() {
    github.server.stubFor(delete(urlPathEqualTo(APPS + "/grant")).willReturn(noContent()));

    HttpResponse<String> answer = send("DELETE", "/grant", "ghu_goodbye", null);

    assertThat(answer.statusCode()).isEqualTo(204);
    github.server.verify(
        deleteRequestedFor(urlPathEqualTo(APPS + "/grant"))
            .withHeader("Authorization", equalTo(BASIC))
            .withRequestBody(equalToJson("{\"access_token\":\"ghu_goodbye\"}")));
  }

  @Test
  void aForgedRefreshCallIsRefusedAndGitHubsTokenEndpointIsNeverCalled() {
    github.tokenFor("refresh_token=ghr_leaked", "ghu_stolenPair", "ghr_stolenPair");
    github.server.stubFor(
        post(urlPathEqualTo(APPS + "/token"))
            .withRequestBody(equalToJson("{\"access_token\":\"ghu_madeUp\"}"))
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"Not Found\"}")));
    String body = "{\"refreshToken\":\"ghr_leaked\"}";

    HttpResponse<String> without = send("PATCH", "/refresh-token", null, body);
    HttpResponse<String> wrong = send("PATCH", "/refresh-token", "ghu_madeUp", body);

    assertThat(without.statusCode()).isEqualTo(401);
    assertThat(without.body())
        .isEqualTo("{\"error\":\"\\\"Authorization: token <user token>\\\" header required\"}");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body())
        .isEqualTo(
            "{\"error\":\"The token in the Authorization header is not a valid token of this app"
                + " (unknown, expired or revoked): refresh with the user's current token before it"
                + " expires, or sign the user in again.\"}");
    assertThat(without.body() + wrong.body()).doesNotContain("ghu_stolenPair");
    github.server.verify(0, postRequestedFor(urlPathEqualTo(FakeGitHubOAuth.TOKEN_PATH)));
  }

  @Test
  void anotherUsersRefreshTokenIsRefusedAndItsNewTokenDeleted() {
    owner("ghu_attackersOwn", 1);
    github.tokenFor("refresh_token=ghr_victims", "ghu_victimsNew", "ghr_victimsNext");
    owner("ghu_victimsNew", 2);
    github.server.stubFor(delete(urlPathEqualTo(APPS + "/token")).willReturn(noContent()));

    HttpResponse<String> answer =
        send("PATCH", "/refresh-token", "ghu_attackersOwn", "{\"refreshToken\":\"ghr_victims\"}");

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body())
        .isEqualTo(
            "{\"error\":\"The refresh token belongs to another user than the token in the"
                + " Authorization header: send the user's own token with their refresh token.\"}");
    github.server.verify(
        deleteRequestedFor(urlPathEqualTo(APPS + "/token"))
            .withHeader("Authorization", equalTo(BASIC))
            .withRequestBody(equalToJson("{\"access_token\":\"ghu_victimsNew\"}")));
  }

  @Test
  void refreshesAndScopesTokens() {
    owner("ghu_old", 7);
    owner("ghu_fromRefresh", 7);
    github.tokenFor("refresh_token=ghr_routeRefresh", "ghu_fromRefresh", "ghr_afterRoute");
    github.server.stubFor(
        post(urlPathEqualTo(APPS + "/token/scoped"))
            .withRequestBody(
                equalToJson(
                    "{\"target\":\"octo-org\",\"repositories\":[\"app\"],"
                        + "\"access_token\":\"ghu_wide\"}"))
            .willReturn(okJson("{\"id\":2,\"token\":\"ghu_narrow\"}")));

    HttpResponse<String> refreshed =
        send("PATCH", "/refresh-token", "ghu_old", "{\"refreshToken\":\"ghr_routeRefresh\"}");
    HttpResponse<String> scoped =
        send(
            "POST",
            "/token/scoped",
            "ghu_wide",
            "{\"target\":\"octo-org\",\"repositories\":[\"app\"]}");

    assertThat(refreshed.statusCode()).isEqualTo(200);
    assertThat(refreshed.body())
        .contains("\"token\":\"ghu_fromRefresh\"")
        .contains("\"refreshToken\":\"ghr_afterRoute\"")
        .contains("\"expiresAt\":\"");
    assertThat(scoped.statusCode()).isEqualTo(200);
    assertThat(scoped.body()).contains("\"token\":\"ghu_narrow\"");
  }

  @Test
  void exchangesACodeForAToken() {
    HttpResponse<String> answer =
        send("POST", "/token", null, "{\"code\":\"" + FakeGitHubOAuth.CODE + "\"}");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("\"token\":\"" + FakeGitHubOAuth.TOKEN + "\"");
    assertThat(send("POST", "/token", null, "{}").statusCode()).isEqualTo(400);
  }

  @Test
  void cookiesAreSecureByDefault() {
    HttpResponse<String> login =
        new Browser().get(server.getURI().resolve("/api/github/oauth/login"));

    assertThat(Browser.setCookie(login, SessionCookies.STATE_COOKIE).orElseThrow())
        .contains("Secure");
  }

  /** GitHub's check of {@code token} names user {@code id}. */
  private void owner(String token, long id) {
    github.server.stubFor(
        post(urlPathEqualTo(APPS + "/token"))
            .withHeader("Authorization", equalTo(BASIC))
            .withRequestBody(equalToJson("{\"access_token\":\"" + token + "\"}"))
            .willReturn(
                okJson(
                    "{\"id\":" + id + ",\"user\":{\"login\":\"u" + id + "\",\"id\":" + id + "}}")));
  }

  private HttpResponse<String> send(String method, String path, String token, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.getURI() + "/api/github/oauth" + path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "token " + token);
    }
    return new Browser().send(request);
  }
}
