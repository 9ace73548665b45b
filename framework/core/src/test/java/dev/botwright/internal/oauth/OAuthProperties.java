package dev.botwright.internal.oauth;

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

  /** An access cookie value sealed with {@code key}, as the server would have issued it. */
  static String session(
      String key, long userId, String token, long tokenExpiresAt, String refresh, long issuedAt) {
    return SessionCrypto.of(List.of(key))
        .seal(
            data(userId, token, tokenExpiresAt, "", issuedAt, "sid-" + userId, 900).toBytes(),
            "botwright_session");
  }

  /** A refresh cookie value, as the server would have issued it, idle for another hour. */
  static String refresh(
      long userId, String token, long tokenExpiresAt, String refresh, String sessionId) {
    return SessionCrypto.of(List.of(KEY))
        .seal(
            data(
                    userId,
                    token,
                    tokenExpiresAt,
                    refresh,
                    System.currentTimeMillis(),
                    sessionId,
                    3600)
                .toBytes(),
            "botwright_session_refresh");
  }

  static SessionData data(
      long userId,
      String token,
      long tokenExpiresAt,
      String refresh,
      long issuedAt,
      String sessionId,
      long lifeSeconds) {
    long now = Instant.now().getEpochSecond();
    return new SessionData(
        userId,
        "user" + userId,
        "",
        token,
        tokenExpiresAt,
        refresh,
        0,
        issuedAt,
        now + 7200,
        sessionId,
        now + lifeSeconds);
  }

  static SessionData open(String value) {
    return open(value, "botwright_session");
  }

  static SessionData openRefresh(String value) {
    return open(value, "botwright_session_refresh");
  }

  private static SessionData open(String value, String name) {
    return SessionCrypto.of(List.of(KEY))
        .open(value, name)
        .flatMap(SessionData::fromBytes)
        .orElseThrow(() -> new AssertionError("the session cookie does not decrypt"));
  }
}
