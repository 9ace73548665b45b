package dev.botwright.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.botwright.github.GitHubApiException;
import dev.botwright.spi.InstallationTokenCache.Key;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthorizationTest {

  private static final ResponseDefinitionBuilder BAD_CREDENTIALS =
      okJson("{\"message\":\"Bad credentials\"}").withStatus(401);

  private final ClientHarness harness = new ClientHarness();

  @AfterEach
  void stop() {
    harness.close();
  }

  private void getRepo(long installation) {
    harness
        .clients
        .installation(installation)
        .request("GET /repos/{owner}/{repo}", Map.of("owner", "o", "repo", "r"));
  }

  @Test
  void youngTokenIsRetriedAfterOneTwoThreeSecondsThenFails() {
    harness.tokens.mint(harness.clock.instant().minusSeconds(1));
    harness.github.stubFor(get(anyUrl()).willReturn(BAD_CREDENTIALS));

    assertThatThrownBy(() -> getRepo(42))
        .isInstanceOfSatisfying(
            GitHubApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(401);
              assertThat(e.getMessage()).doesNotContain("tok-");
            });

    assertThat(harness.sleeps)
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3));
    assertThat(harness.tokens.invalidated).isEmpty();
    harness.github.verify(4, getRequestedFor(anyUrl()));
  }

  @Test
  void youngTokenSucceedsOnceGitHubKnowsIt() {
    harness.tokens.mint(harness.clock.instant());
    harness.github.stubFor(
        get(anyUrl()).inScenario("s").willReturn(BAD_CREDENTIALS).willSetStateTo("known"));
    harness.github.stubFor(
        get(anyUrl()).inScenario("s").whenScenarioStateIs("known").willReturn(okJson("{}")));

    getRepo(42);

    assertThat(harness.sleeps).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void oldTokenIsInvalidatedAndRetriedOnceWithAFreshOne() {
    harness.github.stubFor(
        get(anyUrl())
            .withHeader("Authorization", equalTo("token tok-1"))
            .willReturn(BAD_CREDENTIALS));
    harness.github.stubFor(
        get(anyUrl()).withHeader("Authorization", equalTo("token tok-2")).willReturn(okJson("{}")));

    getRepo(42);

    assertThat(harness.tokens.invalidated).containsExactly(Key.of(42));
    assertThat(harness.sleeps).isEmpty();
    harness.github.verify(2, getRequestedFor(urlEqualTo("/repos/o/r")));
  }

  @Test
  void appJwtRejectedForIssuedAtCorrectsTheClockAndRetriesOnce() {
    String date = "Thu, 01 Jan 2026 10:05:00 GMT";
    harness.github.stubFor(
        get("/app")
            .withHeader("Authorization", equalTo("Bearer jwt-1"))
            .willReturn(
                okJson(
                        "{\"message\":\"'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued\"}")
                    .withStatus(401)
                    .withHeader("Date", date)));
    harness.github.stubFor(
        get("/app")
            .withHeader("Authorization", equalTo("Bearer jwt-2"))
            .willReturn(okJson("{\"slug\":\"bot\"}")));

    assertThat(harness.clients.app().request("GET /app").body().get("slug").getStringValue())
        .isEqualTo("bot");

    assertThat(harness.jwt.corrections).containsExactly(Instant.parse("2026-01-01T10:05:00Z"));
  }

  @Test
  void appJwtClockIsCorrectedOnlyOnce() {
    harness.github.stubFor(
        get("/app")
            .willReturn(
                okJson("{\"message\":\"'Expiration time' claim ('exp') is too far in the future\"}")
                    .withStatus(401)
                    .withHeader("Date", "Thu, 01 Jan 2026 10:05:00 GMT")));

    assertThatThrownBy(() -> harness.clients.app().request("GET /app"))
        .isInstanceOfSatisfying(
            GitHubApiException.class, e -> assertThat(e.status()).isEqualTo(401));

    assertThat(harness.jwt.corrections).hasSize(1);
    harness.github.verify(2, getRequestedFor(urlEqualTo("/app")));
  }

  @Test
  void appJwtRejectedForOtherReasonsIsNotRetried() {
    harness.github.stubFor(
        get("/app")
            .willReturn(BAD_CREDENTIALS.withHeader("Date", "Thu, 01 Jan 2026 10:05:00 GMT")));

    assertThatThrownBy(() -> harness.clients.app().request("GET /app"))
        .hasMessage("GET /app: GitHub answered 401: Bad credentials");

    assertThat(harness.jwt.corrections).isEmpty();
    harness.github.verify(1, getRequestedFor(urlEqualTo("/app")));
  }
}
