package dev.botwright.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.github.GitHubApiException;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.GitHubResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RouteRequestTest {

  private final ClientHarness harness =
      new ClientHarness(Map.of("botwright.github.user-agent", "my-bot"));
  private final GitHubClient github = harness.clients.installation(42);

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void fillsPlaceholdersEncodedAndSendsTheRestAsJsonBody() {
    harness.github.stubFor(any(anyUrl()).willReturn(okJson("{\"id\":7}").withStatus(201)));

    GitHubResponse response =
        github.request(
            "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
            Map.of("owner", "octo cat", "repo", "a/b", "issue_number", 5, "body", "Hi ü"));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.body().get("id").getIntValue()).isEqualTo(7);
    harness.github.verify(
        postRequestedFor(urlEqualTo("/repos/octo%20cat/a%2Fb/issues/5/comments"))
            .withRequestBody(equalToJson("{\"body\":\"Hi ü\"}"))
            .withHeader("Content-Type", containing("application/json")));
  }

  @Test
  void sendsTheRestAsQueryStringForGet() {
    harness.github.stubFor(get(anyUrl()).willReturn(okJson("[]")));

    github.request(
        "GET /repos/{owner}/{repo}/issues",
        Map.of("owner", "o", "repo", "r", "labels", List.of("bug", "help wanted")));

    harness.github.verify(
        getRequestedFor(urlEqualTo("/repos/o/r/issues?labels=bug%2Chelp%20wanted"))
            .withRequestBody(absent()));
  }

  @Test
  void sendsDeleteParametersAsJsonBodyLikeOctokit() {
    harness.github.stubFor(delete(anyUrl()).willReturn(okJson("{}")));

    github.request(
        "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees",
        Map.of("owner", "o", "repo", "r", "issue_number", 7, "assignees", List.of("hubot")));

    harness.github.verify(
        deleteRequestedFor(urlEqualTo("/repos/o/r/issues/7/assignees"))
            .withRequestBody(equalToJson("{\"assignees\":[\"hubot\"]}")));
  }

  @Test
  void sendsGitHubsHeadersAndTheInstallationToken() {
    harness.github.stubFor(get("/repos/o/r").willReturn(okJson("{}")));

    harness
        .clients
        .forDelivery(42, "delivery-1")
        .request("GET /repos/{owner}/{repo}", Map.of("owner", "o", "repo", "r"));

    harness.github.verify(
        getRequestedFor(urlEqualTo("/repos/o/r"))
            .withHeader("Authorization", equalTo("token tok-1"))
            .withHeader("Accept", equalTo("application/vnd.github+json"))
            .withHeader("X-GitHub-Api-Version", equalTo("2022-11-28"))
            .withHeader("User-Agent", equalTo("my-bot"))
            .withHeader("X-GitHub-Delivery", equalTo("delivery-1")));
  }

  @Test
  void appClientSendsTheJwtAndNoDeliveryHeader() {
    harness.github.stubFor(get("/app").willReturn(okJson("{\"slug\":\"b\"}")));

    harness.clients.app().request("GET /app");

    harness.github.verify(
        getRequestedFor(urlEqualTo("/app"))
            .withHeader("Authorization", equalTo("Bearer jwt-1"))
            .withoutHeader("X-GitHub-Delivery"));
  }

  @Test
  void emptyBodyIsTheNullNodeAndHeadersAreLowerCase() {
    harness.github.stubFor(
        any(anyUrl()).willReturn(aResponse().withStatus(204).withHeader("X-Thing", "v")));

    GitHubResponse response =
        github.request(
            "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",
            Map.of("owner", "o", "repo", "r", "comment_id", 1));

    assertThat(response.status()).isEqualTo(204);
    assertThat(response.body().isNull()).isTrue();
    assertThat(response.headers()).containsKey("x-thing");
    assertThat(response.header("X-THING")).contains("v");
  }

  @Test
  void errorStatusBecomesGitHubApiExceptionWithoutTheToken() {
    harness.github.stubFor(
        post(anyUrl())
            .willReturn(
                okJson(
                        "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"Issue\",\"code\":\"missing_field\",\"field\":\"title\"}]}")
                    .withStatus(422)));

    assertThatThrownBy(
            () ->
                github.request(
                    "POST /repos/{owner}/{repo}/issues", Map.of("owner", "o", "repo", "r")))
        .isInstanceOfSatisfying(
            GitHubApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(422);
              assertThat(e.route()).isEqualTo("POST /repos/{owner}/{repo}/issues");
              assertThat(e.githubMessage()).isEqualTo("Validation Failed: missing_field title");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "POST /repos/{owner}/{repo}/issues: GitHub answered 422: Validation Failed: missing_field title")
                  .doesNotContain("tok-1");
            });
    harness.github.verify(1, postRequestedFor(anyUrl()));
  }

  @Test
  void missingPlaceholderIsNamed() {
    assertThatThrownBy(() -> github.request("GET /repos/{owner}/{repo}", Map.of("owner", "o")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Route 'GET /repos/{owner}/{repo}' needs the parameter 'repo' but it was not given");
  }

  @Test
  void absoluteUrlsAndDotSegmentsAreRefused() {
    assertThatThrownBy(() -> github.request("GET https://evil.example/steal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an absolute URL");
    assertThatThrownBy(() -> github.request("GET //evil.example/steal"))
        .isInstanceOf(IllegalArgumentException.class);
    harness.github.stubFor(get(anyUrl()).willReturn(okJson("{}")));

    github.request("GET /repos/{owner}/{repo}", Map.of("owner", "..", "repo", "x"));

    harness.github.verify(getRequestedFor(urlEqualTo("/repos/%2E%2E/x")));
  }

  @Test
  void creatingAClientFetchesNoToken() {
    harness.clients.installation(1);
    harness.clients.forDelivery(2, "d");

    assertThat(harness.tokens.gets).hasValue(0);
  }

  @Test
  void redirectsAreNotFollowedSoTheTokenStaysOnTheConfiguredHost() {
    harness.github.stubFor(
        get(anyUrl())
            .willReturn(
                aResponse().withStatus(302).withHeader("Location", "https://evil.example/x")));

    GitHubResponse response =
        github.request("GET /repos/{owner}/{repo}", Map.of("owner", "o", "repo", "r"));

    assertThat(response.status()).isEqualTo(302);
    assertThat(response.header("location")).contains("https://evil.example/x");
  }
}
