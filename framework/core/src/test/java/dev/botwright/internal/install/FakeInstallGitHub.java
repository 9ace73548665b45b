package dev.botwright.internal.install;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * GitHub for the installation tests: user 7 ({@code USER_TOKEN}) can access installations 41 and
 * 42, listed on two pages; installation 42 can access two repositories, of which user 7 reaches
 * only {@code octo-org/web}.
 */
final class FakeInstallGitHub implements AutoCloseable {

  static final String USER_TOKEN = "gho_usertoken_secret_1234";
  static final String INSTALLATION_TOKEN = "ghs_installationtoken_secret_5678";

  final WireMockServer server =
      new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());

  FakeInstallGitHub() {
    server.start();
    reset();
  }

  String url() {
    return server.baseUrl();
  }

  void reset() {
    server.resetAll();
    String bearer = "Bearer " + USER_TOKEN;
    server.stubFor(
        get(urlPathEqualTo("/user/installations"))
            .withHeader("Authorization", equalTo(bearer))
            .withQueryParam("page", equalTo("2"))
            .willReturn(
                json(
                    "{\"total_count\":2,\"installations\":[{\"id\":42,\"account\":"
                        + "{\"login\":\"octo-org\",\"id\":9},\"target_type\":\"Organization\"}]}")));
    server.stubFor(
        get(urlPathEqualTo("/user/installations"))
            .atPriority(10)
            .withHeader("Authorization", equalTo(bearer))
            .willReturn(
                json("{\"total_count\":2,\"installations\":[{\"id\":41,\"account\":"
                        + "{\"login\":\"octocat\",\"id\":7},\"target_type\":\"User\"}]}")
                    .withHeader(
                        "Link",
                        "<" + url() + "/user/installations?per_page=100&page=2>; rel=\"next\"")));
    server.stubFor(
        get(urlPathEqualTo("/user/installations"))
            .atPriority(20)
            .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Bad credentials\"}")));
    server.stubFor(
        post(urlPathEqualTo("/app/installations/42/access_tokens"))
            .willReturn(
                json("{\"token\":\""
                        + INSTALLATION_TOKEN
                        + "\",\"expires_at\":\"2099-01-01T00:00:00Z\"}")
                    .withStatus(201)));
    server.stubFor(
        post(urlPathEqualTo("/app/installations/41/access_tokens"))
            .willReturn(
                json("{\"token\":\"ghs_other_41\",\"expires_at\":\"2099-01-01T00:00:00Z\"}")
                    .withStatus(201)));
    server.stubFor(
        get(urlPathEqualTo("/installation/repositories"))
            .withHeader("Authorization", equalTo("token ghs_other_41"))
            .willReturn(json("{\"total_count\":0,\"repositories\":[]}")));
    server.stubFor(
        get(urlPathEqualTo("/user/installations/42/repositories"))
            .withHeader("Authorization", equalTo(bearer))
            .willReturn(
                json(
                    "{\"total_count\":1,\"repositories\":[{\"id\":100,\"name\":\"web\","
                        + "\"full_name\":\"octo-org/web\",\"private\":true}]}")));
    server.stubFor(
        get(urlPathEqualTo("/installation/repositories"))
            .withHeader("Authorization", equalTo("token " + INSTALLATION_TOKEN))
            .willReturn(
                json(
                    "{\"total_count\":2,\"repositories\":["
                        + "{\"id\":100,\"name\":\"web\",\"full_name\":\"octo-org/web\","
                        + "\"private\":true},"
                        + "{\"id\":101,\"name\":\"api\",\"full_name\":\"octo-org/api\","
                        + "\"private\":false}]}")));
    pendingRequests();
  }

  /**
   * {@code GET /app/installation-requests} (app JWT) lists user 7's pending request for octo-org
   * (account 9) and user 8's for account 10.
   */
  void pendingRequests() {
    server.stubFor(
        get(urlPathEqualTo("/app/installation-requests"))
            .willReturn(
                json(
                    "[{\"id\":1,\"node_id\":\"MDE\",\"account\":{\"login\":\"octo-org\",\"id\":9},"
                        + "\"requester\":{\"login\":\"octocat\",\"id\":7},"
                        + "\"created_at\":\"2026-01-01T00:00:00Z\"},"
                        + "{\"id\":2,\"node_id\":\"MDI\",\"account\":{\"login\":\"other\",\"id\":10},"
                        + "\"requester\":{\"login\":\"mallory\",\"id\":8},"
                        + "\"created_at\":\"2026-01-01T00:00:00Z\"}]")));
  }

  /** GitHub answers 500 to the user's installation list. */
  void failUserInstallations() {
    server.stubFor(
        get(urlPathEqualTo("/user/installations"))
            .atPriority(1)
            .willReturn(aResponse().withStatus(500).withBody("{\"message\":\"boom\"}")));
  }

  int userInstallationCalls() {
    return server
        .findAll(
            com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/user/installations")))
        .size();
  }

  int mints() {
    return server
        .findAll(
            com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo("/app/installations/42/access_tokens")))
        .size();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      String body) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }

  @Override
  public void close() {
    server.stop();
  }
}
