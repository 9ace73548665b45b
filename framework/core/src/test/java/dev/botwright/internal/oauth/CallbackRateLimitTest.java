package dev.botwright.internal.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One client driving many sign-in callbacks (to fill the used-state store or spend code exchanges)
 * is refused past its per-minute limit, before anything is remembered or sent to GitHub; other
 * clients are not.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallbackRateLimitTest implements TestPropertyProvider {

  private final FakeGitHubOAuth github = new FakeGitHubOAuth();

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(OAuthProperties.enabled(github));
    properties.put("botwright.states.per-client-per-minute", "3");
    return properties;
  }

  @AfterAll
  void stop() {
    github.close();
  }

  @Test
  void aClientPastItsLimitIsRefusedBeforeAnyCodeExchangeAndOthersStillSignIn() {
    github.defaults();
    String flooder = "203.0.113.7";
    for (int i = 0; i < 3; i++) {
      assertThat(signIn(flooder, "bad-code").statusCode()).isEqualTo(400);
    }

    HttpResponse<String> refused = signIn(flooder, FakeGitHubOAuth.CODE);

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).contains("60");
    assertThat(refused.body())
        .isEqualTo(
            "{\"error\":\"too_many_requests\",\"message\":\"Too many sign-ins from your network in"
                + " the last minute. Wait a minute, then sign in again.\",\"login\":"
                + "\"/api/github/oauth/login\"}");
    assertThat(Browser.setCookie(refused, "botwright_session")).isEmpty();
    github.server.verify(3, postRequestedFor(urlPathEqualTo(FakeGitHubOAuth.TOKEN_PATH)));

    HttpResponse<String> other = signIn("198.51.100.4", FakeGitHubOAuth.CODE);
    assertThat(other.statusCode()).isEqualTo(303);
    assertThat(Browser.setCookie(other, "botwright_session")).isPresent();
  }

  /** A whole sign-in from {@code client} (as a proxy reports it in X-Forwarded-For). */
  private HttpResponse<String> signIn(String client, String code) {
    Browser browser = new Browser();
    HttpResponse<String> login =
        browser.get(server.getURI().resolve("/api/github/oauth/login"), "X-Forwarded-For", client);
    String state =
        Browser.query(URI.create(login.headers().firstValue("Location").orElseThrow()), "state");
    return browser.get(
        server.getURI().resolve("/api/github/oauth/callback?code=" + code + "&state=" + state),
        "X-Forwarded-For",
        client,
        "Accept",
        "application/json");
  }
}
