package dev.botwright.internal.oauth;

import dev.botwright.config.OAuthConfiguration;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds and reads the encrypted cookies: the session's short-lived access cookie and its refresh
 * cookie, and the sign-in state cookie. Created at start-up so a missing or bad key stops the
 * server with a clear message.
 */
@Context
@Requires(property = "botwright.oauth.enabled", value = "true")
final class SessionCookies {

  static final String STATE_COOKIE = "botwright_oauth_state";
  static final Duration STATE_TTL = Duration.ofMinutes(10);

  /** The response filter applies the cookies stored under this request attribute. */
  static final String PENDING = "botwright.oauth.pending-cookies";

  private final OAuthConfiguration config;
  private final SessionCrypto crypto;

  SessionCookies(OAuthConfiguration config) {
    this.config = config;
    this.crypto = SessionCrypto.of(config.getSessionKeys());
  }

  /** The access cookie's name. */
  String name() {
    return config.getCookieName();
  }

  /** The refresh cookie's name. */
  String refreshName() {
    return config.getCookieName() + "_refresh";
  }

  /** The access cookie: {@code data} without its refresh token, until {@code data.until()}. */
  Cookie access(SessionData data, Instant now) {
    return sealed(name(), data, now).sameSite(sameSite());
  }

  /**
   * The refresh cookie, until the idle deadline {@code data.until()}. Strict: it renews the access
   * cookie only on requests made from the bot's own pages.
   */
  Cookie refresh(SessionData data, Instant now) {
    return sealed(refreshName(), data, now)
        .sameSite(sameSite() == SameSite.None ? SameSite.None : SameSite.Strict);
  }

  Cookie clearSession() {
    return cleared(name()).sameSite(sameSite());
  }

  Cookie clearRefresh() {
    return cleared(refreshName())
        .sameSite(sameSite() == SameSite.None ? SameSite.None : SameSite.Strict);
  }

  Optional<SessionData> readAccess(String value) {
    return crypto.open(value, name()).flatMap(SessionData::fromBytes);
  }

  Optional<SessionData> readRefresh(String value) {
    return crypto.open(value, refreshName()).flatMap(SessionData::fromBytes);
  }

  /** Whether the access cookie is Strict, so the sign-in callback must land on a same-site page. */
  boolean strict() {
    return sameSite() == SameSite.Strict;
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

  /**
   * Asks the response filter to set {@code cookie} on this request's response, replacing a cookie
   * of the same name scheduled before.
   */
  @SuppressWarnings("unchecked")
  static void schedule(HttpRequest<?> request, Cookie cookie) {
    Map<String, Cookie> pending =
        request.getAttribute(PENDING, Map.class).orElseGet(LinkedHashMap::new);
    pending.put(cookie.getName(), cookie);
    request.setAttribute(PENDING, pending);
  }

  private Cookie sealed(String name, SessionData data, Instant now) {
    long seconds = Math.max(0, data.until() - now.getEpochSecond());
    return Cookie.of(name, crypto.seal(data.toBytes(), name))
        .httpOnly(true)
        .secure(config.isSecure())
        .path("/")
        .maxAge(Duration.ofSeconds(seconds));
  }

  private Cookie cleared(String name) {
    return Cookie.of(name, "").httpOnly(true).secure(config.isSecure()).path("/").maxAge(0);
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
