package dev.botwright.oauth;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Settings of a bot with sign-in on, against {@link FakeGitHubOAuth}, and cookies made by hand. */
final class OAuthProperties {

  /** The key that encrypts; the old one still decrypts; the gone one was removed. */
  static final String KEY = "bm9HbzBJc0FUZXN0S2V5VGhhdElzMzJCeXRlc0xvbmc=";

  static final String OLD_KEY = "b2xkS2V5T2xkS2V5T2xkS2V5T2xkS2V5T2xkS2V5MTI=";
  static final String GONE_KEY = "Z29uZUtleUdvbmVLZXlHb25lS2V5R29uZUtleUdvbmU=";

  private OAuthProperties() {}

  static Map<String, String> enabled(FakeGitHubOAuth github) {
    Map<String, String> properties = new HashMap<>();
    properties.put("botwright.oauth.enabled", "true");
    properties.put("botwright.oauth.secure", "false");
    properties.put("botwright.oauth.session-keys", KEY + "," + OLD_KEY);
    properties.put("botwright.app.client-id", FakeGitHubOAuth.CLIENT_ID);
    properties.put("botwright.app.client-secret", FakeGitHubOAuth.CLIENT_SECRET);
    properties.put("botwright.github.api-url", github.url());
    properties.put("botwright.github.web-url", github.url());
    properties.put("botwright.test.oauth-controller", "true");
    return properties;
  }

  /** A session cookie value sealed with {@code key}, as the server would have issued it. */
  static String session(
      String key, long userId, String token, long tokenExpiresAt, String refresh, long issuedAt) {
    SessionData data =
        new SessionData(
            userId,
            "user" + userId,
            "",
            token,
            tokenExpiresAt,
            refresh,
            0,
            issuedAt,
            Instant.now().plusSeconds(3600).getEpochSecond());
    return SessionCrypto.of(List.of(key)).seal(data.toBytes(), "botwright_session");
  }

  static SessionData open(String value) {
    return SessionCrypto.of(List.of(KEY))
        .open(value, "botwright_session")
        .flatMap(SessionData::fromBytes)
        .orElseThrow(() -> new AssertionError("the session cookie does not decrypt"));
  }
}
