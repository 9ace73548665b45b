package dev.botwright.internal.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * With {@code same-site: Strict} the callback, reached by GitHub's cross-site redirect, sets the
 * cookies on a same-origin page that moves on by itself: a redirect would still be part of the
 * cross-site navigation and arrive without the Strict cookies.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictSessionTest implements TestPropertyProvider {

  private final FakeGitHubOAuth github = new FakeGitHubOAuth();

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = OAuthProperties.enabled(github);
    properties.put("botwright.oauth.same-site", "Strict");
    properties.put("botwright.oauth.secure", "true");
    return properties;
  }

  @AfterAll
  void stop() {
    github.close();
  }

  @Test
  void theCallbackLandsOnASameOriginPageWithStrictCookies() {
    Browser browser = new Browser();
    HttpResponse<String> login =
        browser.get(server.getURI().resolve("/api/github/oauth/login?return_to=/a%3Fb%3D1%26c"));
    String state =
        Browser.query(URI.create(login.headers().firstValue("Location").orElseThrow()), "state");

    // The Secure state cookie is sent by hand: this client's jar keeps Secure cookies off http.
    String stateCookie = SessionCookieTest.value(login, SessionCookies.STATE_COOKIE);
    HttpResponse<String> callback =
        new Browser()
            .get(
                server
                    .getURI()
                    .resolve(
                        "/api/github/oauth/callback?code="
                            + FakeGitHubOAuth.CODE
                            + "&state="
                            + state),
                "Cookie",
                SessionCookies.STATE_COOKIE + "=" + stateCookie);

    assertThat(callback.statusCode()).isEqualTo(200);
    assertThat(callback.headers().firstValue("Location")).isEmpty();
    assertThat(callback.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(callback.body())
        .contains("<meta http-equiv=\"refresh\" content=\"0;url=/a?b=1&amp;c\">")
        .contains("<a id=\"continue\" href=\"/a?b=1&amp;c\">Continue</a>")
        .doesNotContain("ghu_");
    for (String name : new String[] {"botwright_session", "botwright_session_refresh"}) {
      assertThat(Browser.setCookie(callback, name).orElseThrow())
          .as(name)
          .containsIgnoringCase("SameSite=Strict")
          .containsIgnoringCase("HttpOnly")
          .contains("Secure")
          .contains("Path=/;");
    }
  }
}
