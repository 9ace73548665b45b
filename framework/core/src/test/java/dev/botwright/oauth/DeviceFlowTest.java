package dev.botwright.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.botwright.oauth.DeviceFlowException.Outcome;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The device flow against a fake GitHub, with a clock that the sleeper advances. */
class DeviceFlowTest {

  private static final String CODE_PATH = "/login/device/code";

  private final WireMockServer github =
      new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
  private final List<Duration> sleeps = new ArrayList<>();
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private final List<DeviceFlow.DeviceCode> shown = new ArrayList<>();

  @BeforeEach
  void start() {
    github.start();
  }

  @AfterEach
  void stop() {
    github.stop();
  }

  @Test
  void pollsAtTheIntervalAddsFiveSecondsOnSlowDownAndReturnsTheToken() {
    deviceCode(900, 5);
    poll(STARTED, "pending", "{\"error\":\"authorization_pending\"}");
    poll("pending", "slow", "{\"error\":\"slow_down\",\"interval\":10}");
    poll("slow", "done", "{\"access_token\":\"ghu_deviceToken\",\"expires_in\":28800}");

    UserToken token = flow().authorize(List.of("repo"), shown::add);

    assertThat(token.accessToken()).isEqualTo("ghu_deviceToken");
    assertThat(token.expiresAt()).isEqualTo(now.plusSeconds(28800));
    assertThat(sleeps)
        .containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10));
    assertThat(shown)
        .containsExactly(
            new DeviceFlow.DeviceCode(
                "WDJB-MJHT",
                URI.create("https://github.com/login/device"),
                Duration.ofSeconds(900),
                Duration.ofSeconds(5)));
    github.verify(
        postRequestedFor(urlPathEqualTo(CODE_PATH))
            .withRequestBody(containing("client_id=Iv1.device"))
            .withRequestBody(containing("scope=repo")));
    github.verify(
        3,
        postRequestedFor(urlPathEqualTo("/login/oauth/access_token"))
            .withHeader(
                "Accept",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("application/json"))
            .withRequestBody(containing("device_code=3584d83530557fdd1f46af8289938c8ef79f9dc5"))
            .withRequestBody(
                containing("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code")));
  }

  @Test
  void stopsAtExpiresIn() {
    deviceCode(12, 5);
    github.stubFor(
        post(urlPathEqualTo("/login/oauth/access_token"))
            .willReturn(okJson("{\"error\":\"authorization_pending\"}")));

    assertThatThrownBy(() -> flow().authorize(List.of(), shown::add))
        .isInstanceOfSatisfying(
            DeviceFlowException.class,
            e -> assertThat(e.outcome()).isEqualTo(Outcome.EXPIRED_TOKEN))
        .hasMessage("The code expired before it was entered on GitHub. Run the command again.");
    assertThat(sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
  }

  @ParameterizedTest
  @CsvSource({
    "access_denied, ACCESS_DENIED, The sign-in was cancelled on GitHub. Run it again.",
    "expired_token, EXPIRED_TOKEN, The code expired before it was entered on GitHub. Run the"
        + " command again.",
    "device_flow_disabled, DEVICE_FLOW_DISABLED, The device flow is not enabled for this app:"
        + " tick \"Enable Device Flow\" in the app's settings on GitHub.",
    "incorrect_device_code, INCORRECT_DEVICE_CODE, GitHub does not know this device code. Run the"
        + " command again.",
    "unsupported_grant_type, GITHUB_ERROR, GitHub answered 200 (unsupported_grant_type) during the"
        + " device flow."
  })
  void mapsEachPollErrorToAnOutcome(String error, Outcome outcome, String message) {
    deviceCode(900, 5);
    github.stubFor(
        post(urlPathEqualTo("/login/oauth/access_token"))
            .willReturn(okJson("{\"error\":\"" + error + "\"}")));

    assertThatThrownBy(() -> flow().authorize(List.of(), shown::add))
        .isInstanceOfSatisfying(
            DeviceFlowException.class, e -> assertThat(e.outcome()).isEqualTo(outcome))
        .hasMessage(message);
  }

  @Test
  void aWrongClientIdFailsBeforeShowingACode() {
    github.stubFor(
        post(urlPathEqualTo(CODE_PATH))
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"incorrect_client_credentials\"}")));

    assertThatThrownBy(() -> flow().authorize(List.of(), shown::add))
        .isInstanceOfSatisfying(
            DeviceFlowException.class,
            e -> assertThat(e.outcome()).isEqualTo(Outcome.INCORRECT_CLIENT_CREDENTIALS))
        .hasMessage(
            "GitHub does not know the client id 'Iv1.device': use the Client ID from the app's"
                + " settings page.");
    assertThat(shown).isEmpty();
  }

  private DeviceFlow flow() {
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
    return new DeviceFlow(
        "Iv1.device",
        URI.create("http://127.0.0.1:" + github.port() + "/"),
        clock,
        duration -> {
          sleeps.add(duration);
          now = now.plus(duration);
        });
  }

  private void deviceCode(int expiresIn, int interval) {
    github.stubFor(
        post(urlPathEqualTo(CODE_PATH))
            .willReturn(
                okJson(
                    "{\"device_code\":\"3584d83530557fdd1f46af8289938c8ef79f9dc5\","
                        + "\"user_code\":\"WDJB-MJHT\","
                        + "\"verification_uri\":\"https://github.com/login/device\","
                        + "\"expires_in\":"
                        + expiresIn
                        + ",\"interval\":"
                        + interval
                        + "}")));
  }

  private void poll(String from, String to, String json) {
    github.stubFor(
        post(urlPathEqualTo("/login/oauth/access_token"))
            .inScenario("device")
            .whenScenarioStateIs(from)
            .willSetStateTo(to)
            .willReturn(okJson(json)));
  }
}
