package dev.botwright.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.github.GitHubClient;
import dev.botwright.github.GitHubResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The octokit-style {@code headers} parameter, e.g. for conditional requests. */
class RequestHeadersTest {

  private static final String README = "GET /repos/{owner}/{repo}/readme";

  private final ClientHarness harness = new ClientHarness();
  private final GitHubClient github = harness.clients.installation(42);

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void headersAreSentAndNotPutInTheQuery() {
    harness.github.stubFor(
        get(urlPathEqualTo("/repos/octo/hello/readme")).willReturn(okJson("{}")));

    github.request(
        README,
        Map.of(
            "owner", "octo",
            "repo", "hello",
            "headers", Map.of("Accept", "application/vnd.github.raw+json")));

    harness.github.verify(
        getRequestedFor(urlEqualTo("/repos/octo/hello/readme"))
            .withHeader("Accept", equalTo("application/vnd.github.raw+json"))
            .withHeader("Authorization", equalTo("token tok-1")));
  }

  @Test
  void aNotModifiedAnswerIsReturnedNotThrown() {
    harness.github.stubFor(
        get(urlPathEqualTo("/repos/octo/hello/readme"))
            .withHeader("If-None-Match", equalTo("\"abc\""))
            .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"abc\"")));

    GitHubResponse answer =
        github.request(
            README,
            Map.of(
                "owner", "octo", "repo", "hello", "headers", Map.of("If-None-Match", "\"abc\"")));

    assertThat(answer.status()).isEqualTo(304);
    assertThat(answer.header("etag")).contains("\"abc\"");
    assertThat(answer.body().isNull()).isTrue();
  }

  @Test
  void theClientsCredentialsCannotBeReplaced() {
    assertThatThrownBy(
            () ->
                github.request(
                    README,
                    Map.of(
                        "owner", "octo",
                        "repo", "hello",
                        "headers", Map.of("authorization", "token stolen"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The header 'authorization' of GET /repos/{owner}/{repo}/readme is set by the client"
                + " itself; use another client (e.g. GitHubClients.installation(id)) for other"
                + " credentials");
    assertThatThrownBy(
            () -> github.request(README, Map.of("owner", "o", "repo", "r", "headers", "Accept")))
        .hasMessage(
            "The 'headers' parameter of GET /repos/{owner}/{repo}/readme must be a Map of header"
                + " names to values, not a String");
    harness.github.verify(0, getRequestedFor(urlPathEqualTo("/repos/octo/hello/readme")));
  }
}
