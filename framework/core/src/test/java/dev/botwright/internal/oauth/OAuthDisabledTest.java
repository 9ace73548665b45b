package dev.botwright.internal.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.oauth.UserSessions;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Without {@code botwright.oauth.enabled}, no sign-in route, token route or session bean exists.
 */
@MicronautTest
class OAuthDisabledTest {

  @Inject EmbeddedServer server;
  @Inject ApplicationContext context;

  @Test
  void noRouteAndNoSessionsExist() {
    Browser browser = new Browser();
    for (String path : new String[] {"/login", "/callback?code=x&state=y", "/token"}) {
      assertThat(browser.get(server.getURI().resolve("/api/github/oauth" + path)).statusCode())
          .as(path)
          .isEqualTo(404);
    }
    assertThat(context.containsBean(UserSessions.class)).isFalse();
  }
}
