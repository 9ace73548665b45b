package dev.botwright.sample.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * GitHub's web and API sides for the sample's pages, on loopback. The authorize page sends the
 * browser straight back with a code, as if the user clicked "Authorize"; user 7 (octocat) can
 * access installation 42 on octo-org, which can access the private {@code octo-org/web} and {@code
 * octo-org/secret}; GitHub lists only {@code octo-org/web} for octocat in that installation.
 */
public final class FakeGitHubWeb implements AutoCloseable {

  static final String SLUG = "botwright-sample";
  static final String CLIENT_ID = "Iv1.sampletest";
  public static final String CLIENT_SECRET = "sample-client-secret-9c1d";
  public static final String CODE = "sample-code-good";
  public static final String USER_TOKEN = "ghu_sampleUserToken7";
  public static final String INSTALLATION_TOKEN = "ghs_sampleInstallationToken42";
  static final String USER_REPOSITORIES = "/user/installations/42/repositories";
  static final String README = "# Hello <web>\nSee & read.\n";

  final WireMockServer server =
      new WireMockServer(
          options().dynamicPort().bindAddress("127.0.0.1").notifier(new ConsoleNotifier(false)));

  FakeGitHubWeb() {
    server.start();
    defaults();
  }

  String url() {
    return "http://127.0.0.1:" + server.port();
  }

  void defaults() {
    server.resetAll();
    server.stubFor(
        get(urlPathEqualTo("/login/oauth/authorize"))
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader(
                        "Location",
                        "{{request.query.redirect_uri}}?code="
                            + CODE
                            + "&state={{urlEncode request.query.state}}")
                    .withTransformers("response-template")));
    server.stubFor(
        post(urlPathEqualTo("/login/oauth/access_token"))
            .willReturn(
                okJson(
                    "{\"access_token\":\""
                        + USER_TOKEN
                        + "\",\"expires_in\":28800,\"scope\":\"\",\"token_type\":\"bearer\"}")));
    server.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.delete(
                urlPathEqualTo("/applications/" + CLIENT_ID + "/token"))
            .willReturn(com.github.tomakehurst.wiremock.client.WireMock.noContent()));
    String bearer = "Bearer " + USER_TOKEN;
    server.stubFor(
        get(urlPathEqualTo("/user"))
            .withHeader("Authorization", equalTo(bearer))
            .willReturn(okJson("{\"login\":\"octocat\",\"id\":7}")));
    server.stubFor(
        get(urlPathEqualTo("/user/emails"))
            .withHeader("Authorization", equalTo(bearer))
            .willReturn(
                okJson(
                    "[{\"email\":\"octocat@example.com\",\"primary\":true,\"verified\":true}]")));
    server.stubFor(
        get(urlPathEqualTo("/user/installations"))
            .withHeader("Authorization", equalTo(bearer))
            .willReturn(
                okJson(
                    "{\"total_count\":1,\"installations\":[{\"id\":42,\"account\":"
                        + "{\"login\":\"octo-org\",\"id\":9},\"target_type\":\"Organization\"}]}")));
    server.stubFor(
        post(urlPathEqualTo("/app/installations/42/access_tokens"))
            .willReturn(
                okJson(
                        "{\"token\":\""
                            + INSTALLATION_TOKEN
                            + "\",\"expires_at\":\"2099-01-01T00:00:00Z\"}")
                    .withStatus(201)));
    server.stubFor(
        get(urlPathEqualTo("/installation/repositories"))
            .withHeader("Authorization", equalTo("token " + INSTALLATION_TOKEN))
            .willReturn(
                okJson(
                    "{\"total_count\":2,\"repositories\":[{\"id\":100,\"name\":\"web\","
                        + "\"full_name\":\"octo-org/web\",\"private\":true},{\"id\":101,"
                        + "\"name\":\"secret\",\"full_name\":\"octo-org/secret\","
                        + "\"private\":true}]}")));
    server.stubFor(
        get(urlPathEqualTo(USER_REPOSITORIES))
            .withHeader("Authorization", equalTo(bearer))
            .willReturn(
                okJson(
                    "{\"total_count\":1,\"repositories\":[{\"id\":100,\"name\":\"web\","
                        + "\"full_name\":\"octo-org/web\",\"private\":true}]}")));
    server.stubFor(
        get(urlPathEqualTo("/repos/octo-org/web/contents/README.md"))
            .withHeader("Authorization", equalTo(bearer))
            .willReturn(
                okJson(
                    "{\"type\":\"file\",\"encoding\":\"base64\",\"content\":\""
                        + Base64.getMimeEncoder()
                            .encodeToString(README.getBytes(StandardCharsets.UTF_8))
                            .replace("\r\n", "\\n")
                        + "\"}")));
    server.stubFor(
        get(urlPathMatching("/apps/" + SLUG + "/installations/new"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html")
                    .withBody("<h1 id=\"github-install\">Install botwright-sample</h1>")));
  }

  /** GitHub stops accepting the user's token for file contents. */
  void revokeUserToken() {
    server.stubFor(
        get(urlPathMatching("/repos/.*"))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"Bad credentials\"}")));
  }

  /** How many requests GitHub received on {@code path}. */
  int requests(String path) {
    return server
        .findAll(
            com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(urlPathMatching(path)))
        .size();
  }

  @Override
  public void close() {
    server.stop();
  }
}
