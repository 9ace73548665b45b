package dev.botwright.oauth;

import dev.botwright.config.OAuthConfiguration;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds and reads the encrypted cookies: the session cookie and the short-lived sign-in state
 * cookie. Created at start-up so a missing or bad key stops the server with a clear message.
 */
@Context
@Requires(property = "botwright.oauth.enabled", value = "true")
final class SessionCookies {

  static final String STATE_COOKIE = "botwright_oauth_state";
  static final Duration STATE_TTL = Duration.ofMinutes(10);

  /** The response filter applies the cookie stored under this request attribute. */
  static final String PENDING = "botwright.oauth.pending-cookie";

  private final OAuthConfiguration config;
  private final SessionCrypto crypto;

  SessionCookies(OAuthConfiguration config) {
    this.config = config;
    this.crypto = SessionCrypto.of(config.getSessionKeys());
  }

  String name() {
    return config.getCookieName();
  }

  Duration maxAge() {
    return config.getMaxAge();
  }

  Cookie session(SessionData data, Instant now) {
    long seconds = Math.max(0, data.expiresAt() - now.getEpochSecond());
    return attributes(Cookie.of(name(), crypto.seal(data.toBytes(), name())), "/")
        .maxAge(Duration.ofSeconds(seconds));
  }

  Cookie clearSession() {
    return attributes(Cookie.of(name(), ""), "/").maxAge(0);
  }

  Optional<SessionData> read(String value) {
    return crypto.open(value, name()).flatMap(SessionData::fromBytes);
  }

  /** The state cookie: state, PKCE verifier, return path and issue time, bound to the browser. */
  Cookie state(SignInState state) {
    String value = crypto.seal(state.toBytes(), STATE_COOKIE);
    // Lax whatever the session's SameSite: GitHub's redirect back is a cross-site navigation.
    return Cookie.of(STATE_COOKIE, value)
        .httpOnly(true)
        .secure(config.isSecure())
        .sameSite(SameSite.Lax)
        .path(config.getPrefix())
        .maxAge(STATE_TTL);
  }

  Cookie clearState() {
    return Cookie.of(STATE_COOKIE, "")
        .httpOnly(true)
        .secure(config.isSecure())
        .sameSite(SameSite.Lax)
        .path(config.getPrefix())
        .maxAge(0);
  }

  Optional<SignInState> readState(String value) {
    return crypto.open(value, STATE_COOKIE).flatMap(SignInState::fromBytes);
  }

  /** Asks the response filter to set {@code cookie} on this request's response. */
  static void schedule(HttpRequest<?> request, Cookie cookie) {
    request.setAttribute(PENDING, cookie);
  }

  private Cookie attributes(Cookie cookie, String path) {
    return cookie.httpOnly(true).secure(config.isSecure()).sameSite(sameSite()).path(path);
  }

  private SameSite sameSite() {
    String value = config.getSameSite().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "strict" -> SameSite.Strict;
      case "none" -> SameSite.None;
      default -> SameSite.Lax;
    };
  }
}
