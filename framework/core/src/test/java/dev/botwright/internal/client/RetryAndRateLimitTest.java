package dev.botwright.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.botwright.github.GitHubApiException;
import dev.botwright.github.GitHubClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAndRateLimitTest {

  private final ClientHarness harness = new ClientHarness();
  private final GitHubClient github = harness.clients.installation(42);

  @AfterEach
  void stop() {
    harness.close();
  }

  /** Answers {@code first}, {@code second}..., then 200 {"ok":true}, in order. */
  private void answers(ResponseDefinitionBuilder... failures) {
    String state = STARTED;
    for (int i = 0; i < failures.length; i++) {
      harness.github.stubFor(
          get("/repos/o/r")
              .inScenario("s")
              .whenScenarioStateIs(state)
              .willReturn(failures[i])
              .willSetStateTo("after-" + i));
      state = "after-" + i;
    }
    harness.github.stubFor(
        get("/repos/o/r")
            .inScenario("s")
            .whenScenarioStateIs(state)
            .willReturn(okJson("{\"ok\":true}")));
  }

  private boolean getRepo() {
    return github
        .request("GET /repos/{owner}/{repo}", Map.of("owner", "o", "repo", "r"))
        .body()
        .get("ok")
        .getBooleanValue();
  }

  @Test
  void retries5xxWithExponentialBackoffThenSucceeds() {
    answers(aResponse().withStatus(500), aResponse().withStatus(502));

    assertThat(getRepo()).isTrue();

    assertThat(harness.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    harness.github.verify(3, getRequestedFor(anyUrl()));
  }

  @Test
  void givesUpAfterMaxRetries() {
    harness.github.stubFor(
        get(anyUrl()).willReturn(okJson("{\"message\":\"boom\"}").withStatus(503)));

    assertThatThrownBy(this::getRepo)
        .isInstanceOfSatisfying(
            GitHubApiException.class, e -> assertThat(e.status()).isEqualTo(503));

    harness.github.verify(4, getRequestedFor(anyUrl()));
    assertThat(harness.sleeps).hasSize(3);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 403, 404, 410, 422, 451})
  void doesNotRetryClientErrors(int status) {
    harness.github.stubFor(
        get(anyUrl()).willReturn(okJson("{\"message\":\"Not Found\"}").withStatus(status)));

    assertThatThrownBy(this::getRepo)
        .isInstanceOfSatisfying(
            GitHubApiException.class, e -> assertThat(e.status()).isEqualTo(status));

    harness.github.verify(1, getRequestedFor(anyUrl()));
    assertThat(harness.sleeps).isEmpty();
  }

  @Test
  void honoursRetryAfterOn429() {
    answers(aResponse().withStatus(429).withHeader("Retry-After", "7"));

    assertThat(getRepo()).isTrue();

    assertThat(harness.sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void honoursRetryAfterOn403() {
    answers(
        okJson("{\"message\":\"You have exceeded a secondary rate limit\"}")
            .withStatus(403)
            .withHeader("Retry-After", "30"));

    assertThat(getRepo()).isTrue();

    assertThat(harness.sleeps).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void waitsForTheResetWhenNoRequestsRemain() {
    long reset = ClientHarness.START.plusSeconds(90).getEpochSecond();
    answers(
        okJson("{\"message\":\"API rate limit exceeded\"}")
            .withStatus(403)
            .withHeader("x-ratelimit-remaining", "0")
            .withHeader("x-ratelimit-reset", Long.toString(reset)));

    assertThat(getRepo()).isTrue();

    assertThat(harness.sleeps).containsExactly(Duration.ofSeconds(90));
  }

  @Test
  void backsOffFromSixtySecondsOnSecondaryLimits() {
    ResponseDefinitionBuilder secondary =
        okJson("{\"message\":\"You have exceeded a secondary rate limit. Please wait.\"}")
            .withStatus(403);
    answers(secondary, secondary);

    assertThat(getRepo()).isTrue();

    assertThat(harness.sleeps).containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(120));
  }

  @Test
  void failsFastWhenTheWaitIsLongerThanMaxWait() {
    answers(aResponse().withStatus(429).withHeader("Retry-After", "3600"));

    assertThatThrownBy(this::getRepo)
        .isInstanceOfSatisfying(
            GitHubApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(429);
              assertThat(e.getMessage())
                  .contains(
                      "GitHub asks to wait PT1H, longer than botwright.client.max-wait PT15M");
            });
    assertThat(harness.sleeps).isEmpty();
    harness.github.verify(1, getRequestedFor(anyUrl()));
  }

  @Test
  void connectionErrorsAreRetriedThenReported() {
    harness.github.stop();

    assertThatThrownBy(this::getRepo)
        .isInstanceOfSatisfying(
            GitHubApiException.class,
            e -> {
              assertThat(e.status()).isZero();
              assertThat(e.getMessage())
                  .startsWith("GET /repos/{owner}/{repo}: could not reach GitHub");
            });
    assertThat(harness.sleeps)
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  void withoutPacingRateLimitWaitsAreStillHonoured() {
    try (ClientHarness unpaced = new ClientHarness(Map.of("botwright.client.pacing", false))) {
      unpaced.github.stubFor(
          post(anyUrl())
              .inScenario("limited")
              .whenScenarioStateIs(STARTED)
              .willReturn(
                  okJson("{\"message\":\"x\"}").withStatus(429).withHeader("Retry-After", "2"))
              .willSetStateTo("open"));
      unpaced.github.stubFor(
          post(anyUrl())
              .inScenario("limited")
              .whenScenarioStateIs("open")
              .willReturn(okJson("{}")));
      GitHubClient client = unpaced.clients.installation(1);

      client.request("POST /markdown", Map.of("text", "x"));
      client.request("POST /markdown", Map.of("text", "y"));

      // the Retry-After wait, and no write spacing between the two writes
      assertThat(unpaced.sleeps).isEqualTo(List.of(Duration.ofSeconds(2)));
      unpaced.github.verify(3, postRequestedFor(anyUrl()));
    }
  }

  @Test
  void withoutPacingMaxWaitStillBoundsTheWait() {
    try (ClientHarness unpaced =
        new ClientHarness(
            Map.of("botwright.client.pacing", false, "botwright.client.max-wait", "5s"))) {
      unpaced.github.stubFor(
          post(anyUrl())
              .willReturn(
                  okJson("{\"message\":\"API rate limit exceeded\"}")
                      .withStatus(403)
                      .withHeader("x-ratelimit-remaining", "0")
                      .withHeader(
                          "x-ratelimit-reset",
                          String.valueOf(ClientHarness.START.getEpochSecond() + 60))));

      assertThatThrownBy(
              () -> unpaced.clients.installation(1).request("POST /markdown", Map.of("text", "x")))
          .hasMessageContaining(
              "API rate limit exceeded - rate limited: GitHub asks to wait PT1M, longer than"
                  + " botwright.client.max-wait PT5S");
      assertThat(unpaced.sleeps).isEqualTo(List.of());
      unpaced.github.verify(1, postRequestedFor(anyUrl()));
    }
  }
}
