package dev.botwright.internal.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.HashMap;
import java.util.Map;

/**
 * GitHub's web and API sides of sign-in on loopback: {@code /login/oauth/access_token} trades
 * {@link #CODE} for {@link #TOKEN} (other codes get {@code bad_verification_code}), {@code GET
 * /user} and {@code GET /user/emails} answer for that token, {@code DELETE
 * /applications/{client_id}/token} answers 204, and a file's contents for any token.
 */
final class FakeGitHubOAuth implements AutoCloseable {

  static final String CLIENT_ID = "Iv1.oauthtest";
  static final String CLIENT_SECRET = "oauth-client-secret-7f3a";
  static final String CODE = "oauth-code-good";
  static final String TOKEN = "ghu_signedInUserToken1";
  static final String REFRESH = "ghr_refreshToken1";
  static final long USER_ID = 583231;
  static final String TOKEN_PATH = "/login/oauth/access_token";

  /** The app's HTTP Basic credentials, as GitHub's {@code /applications/...} routes expect them. */
  static final String BASIC =
      "Basic "
          + java.util.Base64.getEncoder()
              .encodeToString(
                  (CLIENT_ID + ":" + CLIENT_SECRET)
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8));

  final WireMockServer server =
      new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

  FakeGitHubOAuth() {
    server.start();
    defaults();
  }

  String url() {
    return "http://127.0.0.1:" + server.port();
  }

  void defaults() {
    server.resetAll();
    server.stubFor(
        post(urlPathEqualTo(TOKEN_PATH))
            .atPriority(10)
            .willReturn(
                okJson(
                    "{\"error\":\"bad_verification_code\",\"error_description\":\"The code passed"
                        + " is incorrect or expired.\"}")));
    tokenFor("code=" + CODE, TOKEN, REFRESH);
    user(TOKEN, USER_ID, "octocat", "octocat@github.com", true);
    server.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.delete(
                urlPathEqualTo("/applications/" + CLIENT_ID + "/token"))
            .willReturn(com.github.tomakehurst.wiremock.client.WireMock.noContent()));
    server.stubFor(
        get(urlPathMatching("/repos/[^/]+/[^/]+/contents/.*"))
            .willReturn(
                okJson("{\"type\":\"file\",\"encoding\":\"base64\",\"content\":\"aGk=\"}")));
  }

  /** A successful token answer to requests whose form contains {@code formPart}. */
  void tokenFor(String formPart, String token, String refresh) {
    server.stubFor(
        post(urlPathEqualTo(TOKEN_PATH))
            .atPriority(1)
            .withRequestBody(containing(formPart))
            .willReturn(
                okJson(
                    "{\"access_token\":\""
                        + token
                        + "\",\"expires_in\":28800,\"refresh_token\":\""
                        + refresh
                        + "\",\"refresh_token_expires_in\":15811200,\"scope\":\"\","
                        + "\"token_type\":\"bearer\"}")));
  }

  void user(String token, long id, String login, String email, boolean verified) {
    server.stubFor(
        get(urlPathEqualTo("/user"))
            .withHeader("Authorization", equalTo("Bearer " + token))
            .willReturn(okJson("{\"login\":\"" + login + "\",\"id\":" + id + "}")));
    server.stubFor(
        get(urlPathEqualTo("/user/emails"))
            .withHeader("Authorization", equalTo("Bearer " + token))
            .willReturn(
                okJson(
                    "[{\"email\":\"old@example.com\",\"primary\":false,\"verified\":true},"
                        + "{\"email\":\""
                        + email
                        + "\",\"primary\":true,\"verified\":"
                        + verified
                        + "}]")));
  }

  void unauthorized(String token) {
    server.stubFor(
        get(urlPathMatching("/repos/.*"))
            .atPriority(1)
            .withHeader("Authorization", equalTo("Bearer " + token))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"Bad credentials\"}")));
  }

  /** The decoded form of a request body. */
  static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      form.put(
          java.net.URLDecoder.decode(kv[0], java.nio.charset.StandardCharsets.UTF_8),
          kv.length == 2
              ? java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8)
              : "");
    }
    return form;
  }

  @Override
  public void close() {
    server.stop();
  }
}
