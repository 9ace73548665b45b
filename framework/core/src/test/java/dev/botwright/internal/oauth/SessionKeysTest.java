package dev.botwright.internal.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.BotwrightConfigurationException;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign-in refuses to start without a usable session key, and never prints one. */
class SessionKeysTest {

  @Test
  void startingWithoutAKeyFailsWithTheSettingToFix() {
    assertThatThrownBy(() -> ApplicationContext.run(Map.of("botwright.oauth.enabled", "true")))
        .hasRootCauseInstanceOf(BotwrightConfigurationException.class)
        .rootCause()
        .hasMessage(
            "Botwright cannot start: botwright.oauth.session-keys (environment variable"
                + " BOTWRIGHT_SESSION_KEYS) is not set, but botwright.oauth.enabled is true: create"
                + " a key with `openssl rand -base64 32` and set it; session cookies are encrypted"
                + " with it.");
  }

  @Test
  void aBadKeyIsNamedByItsPositionNotItsValue() {
    String shortKey = "c2hvcnQtYnV0LXNlY3JldA==";
    assertThatThrownBy(
            () ->
                ApplicationContext.run(
                    Map.of(
                        "botwright.oauth.enabled",
                        "true",
                        "botwright.oauth.session-keys",
                        OAuthProperties.KEY + "," + shortKey)))
        .rootCause()
        .hasMessageContaining(
            "session-keys (environment variable BOTWRIGHT_SESSION_KEYS): key #2 decodes to 16 bytes, not 32")
        .hasMessageNotContaining(shortKey)
        .hasMessageNotContaining(OAuthProperties.KEY);
  }

  @Test
  void theFirstKeyEncryptsAndEveryKeyDecrypts() {
    SessionCrypto rotated = SessionCrypto.of(List.of(OAuthProperties.KEY, OAuthProperties.OLD_KEY));
    SessionCrypto old = SessionCrypto.of(List.of(OAuthProperties.OLD_KEY));
    byte[] plain = {1, 2, 3};

    assertThat(rotated.open(old.seal(plain, "p"), "p")).contains(plain);
    assertThat(old.open(rotated.seal(plain, "p"), "p")).isEmpty();
    assertThat(rotated.open(rotated.seal(plain, "p"), "other purpose")).isEmpty();
    assertThat(rotated.toString()).doesNotContain(OAuthProperties.KEY);
  }
}
