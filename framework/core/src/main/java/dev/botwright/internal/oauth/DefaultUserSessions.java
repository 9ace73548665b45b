package dev.botwright.internal.oauth;

import dev.botwright.config.OAuthConfiguration;
import dev.botwright.github.GitHubApiException;
import dev.botwright.internal.client.UserClients;
import dev.botwright.oauth.GitHubWeb;
import dev.botwright.oauth.SignInException;
import dev.botwright.oauth.SignInRequiredException;
import dev.botwright.oauth.UserSession;
import dev.botwright.oauth.UserSessions;
import dev.botwright.oauth.UserToken;
import dev.botwright.oauth.UserTokens;
import dev.botwright.spi.SessionRevocations;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions in two encrypted cookies: a short-lived access cookie, renewed from a Strict refresh
 * cookie once half its life has passed while the session is active, unrevoked and within its idle
 * and absolute limits. Every request's session is checked against the revocation list.
 */
@Singleton
@Requires(property = "botwright.oauth.enabled", value = "true")
@Requires(missingBeans = UserSessions.class)
final class DefaultUserSessions implements UserSessions {

  private static final Logger LOG = LoggerFactory.getLogger(DefaultUserSessions.class);
  private static final String CURRENT = "botwright.oauth.session";

  /** Refresh GitHub's token a little early, so it does not expire between a check and GitHub. */
  static final Duration EARLY = Duration.ofSeconds(60);

  private final SessionCookies cookies;
  private final SessionRevocations revocations;
  private final OAuthExchange exchange;
  private final UserTokens tokens;
  private final UserClients clients;
  private final Clock clock;
  private final Refreshes refreshes;
  private final Duration maxAge;
  private final Duration accessMaxAge;
  private final Duration idleTimeout;
  private final SecureRandom random = new SecureRandom();

  DefaultUserSessions(
      OAuthConfiguration config,
      SessionCookies cookies,
      SessionRevocations revocations,
      OAuthExchange exchange,
      UserTokens tokens,
      UserClients clients) {
    this.cookies = cookies;
    this.revocations = revocations;
    this.exchange = exchange;
    this.tokens = tokens;
    this.clients = clients;
    this.clock = Clock.systemUTC();
    this.refreshes = new Refreshes(clock);
    this.maxAge = config.getMaxAge();
    this.idleTimeout = min(config.getIdleTimeout(), maxAge);
    this.accessMaxAge = min(config.getAccessMaxAge(), idleTimeout);
  }

  @Override
  public Optional<UserSession> current(HttpRequest<?> request) {
    Optional<DefaultUserSession> known = request.getAttribute(CURRENT, DefaultUserSession.class);
    if (known.isPresent()) {
      return known.filter(s -> !s.ended()).map(UserSession.class::cast);
    }
    String accessValue = value(request, cookies.name());
    String refreshValue = value(request, cookies.refreshName());
    if (accessValue == null && refreshValue == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    SessionData access = accessValue == null ? null : cookies.readAccess(accessValue).orElse(null);
    String accessRefused =
        accessValue == null ? "absent" : access == null ? "undecryptable" : refusal(access, now);
    if (accessRefused == null && !halfSpent(access, now)) {
      return Optional.of(remember(request, access, false));
    }
    if (refreshValue != null) {
      SessionData refresh = cookies.readRefresh(refreshValue).orElse(null);
      String refused = refresh == null ? "undecryptable" : refusal(refresh, now);
      if (refused == null) {
        try {
          return Optional.of(remember(request, renew(request, refresh), true));
        } catch (SignInRequiredException e) {
          return Optional.empty(); // GitHub refused the refresh token: the session has ended
        }
      }
      LOG.debug("Refresh cookie refused: {}", refused);
      SessionCookies.schedule(request, cookies.clearRefresh());
    }
    if (accessRefused == null) {
      return Optional.of(remember(request, access, false));
    }
    if (accessValue != null) {
      LOG.debug("Access cookie refused: {}", accessRefused);
      SessionCookies.schedule(request, cookies.clearSession());
    }
    return Optional.empty();
  }

  /** Why {@code data}'s cookie cannot be used at {@code now}, or null when it can. */
  private String refusal(SessionData data, Instant now) {
    long seconds = now.getEpochSecond();
    if (data.expiresAt() <= seconds) {
      return "the session reached its maximum age";
    }
    if (data.until() <= seconds) {
      return "the cookie expired (access lifetime or idle timeout)";
    }
    if (revocations.isRevoked(
        data.sessionId(), data.userId(), Instant.ofEpochMilli(data.issuedAt()))) {
      return "the session was ended";
    }
    if (data.tokenDeadAt(now)) {
      return "its token expired and cannot be refreshed";
    }
    return null;
  }

  private boolean halfSpent(SessionData access, Instant now) {
    return access.until() - now.getEpochSecond() < accessMaxAge.toSeconds() / 2
        && access.until() < access.expiresAt();
  }

  private DefaultUserSession remember(HttpRequest<?> request, SessionData data, boolean full) {
    DefaultUserSession session = new DefaultUserSession(data, full, this, request);
    request.setAttribute(CURRENT, session);
    return session;
  }

  @Override
  public UserSession signIn(HttpRequest<?> request, String code) {
    SessionData data = start(code, null, null);
    for (Cookie cookie : cookies(data)) {
      SessionCookies.schedule(request, cookie);
    }
    return remember(request, data, true);
  }

  /** Exchanges a code and reads the user: the data of a new session. */
  SessionData start(String code, String verifier, String redirectUri) {
    UserToken token = exchange.exchange(code, verifier, redirectUri);
    UserIdentity user = exchange.identify(token);
    Instant now = clock.instant();
    Instant ends = now.plus(maxAge);
    if (token.refreshTokenExpiresAt() != null && token.refreshTokenExpiresAt().isBefore(ends)) {
      ends = token.refreshTokenExpiresAt();
    }
    LOG.info("User {} ({}) signed in", user.login(), user.id());
    return SessionData.of(newSessionId(), user, token, now, ends);
  }

  /**
   * A session's two cookies from its full {@code data}: the access cookie, ending before GitHub's
   * token does so the next request renews it, and the refresh cookie, whose idle deadline slides.
   */
  List<Cookie> cookies(SessionData data) {
    Instant now = clock.instant();
    long accessUntil = now.plus(accessMaxAge).getEpochSecond();
    if (data.accessTokenExpiresAt() != 0 && data.hasRefreshToken()) {
      accessUntil = Math.min(accessUntil, data.accessTokenExpiresAt() - EARLY.toSeconds());
    }
    return List.of(
        cookies.access(data.forAccess(accessUntil), now),
        cookies.refresh(data.forRefresh(now.plus(idleTimeout).getEpochSecond()), now));
  }

  /** Where the sign-in callback sends the browser, with the new session's cookies. */
  MutableHttpResponse<?> landing(String returnTo, SessionData data) {
    MutableHttpResponse<?> response = Landing.of(returnTo, cookies.strict());
    cookies(data).forEach(response::cookie);
    return response;
  }

  @Override
  public void remember(UserSession session, MutableHttpResponse<?> response) {
    DefaultUserSession known = (DefaultUserSession) session;
    if (known.full()) {
      cookies(known.data()).forEach(response::cookie);
    } else {
      response.cookie(cookies.access(known.data(), clock.instant()));
    }
  }

  /**
   * Signs the user out: the session is revoked here (for every process sharing the revocation
   * list), its cookies are cleared, and its token is deleted at GitHub. GitHub failing does not
   * keep the session alive.
   */
  @Override
  public void signOut(HttpRequest<?> request) {
    SessionData data = anyCookie(request);
    end(request);
    if (data == null) {
      return;
    }
    try {
      revocations.revokeSession(data.sessionId(), keepUntil(data));
      LOG.info("User {} ({}) signed out", data.login(), data.userId());
    } finally {
      deleteAtGitHub(data);
    }
  }

  /**
   * Ends this request's session without asking GitHub (the token is already refused or spent):
   * revoked when it can be named, cookies cleared.
   */
  void endRefused(HttpRequest<?> request) {
    SessionData data = anyCookie(request);
    end(request);
    if (data != null) {
      revocations.revokeSession(data.sessionId(), keepUntil(data));
    }
  }

  private void end(HttpRequest<?> request) {
    request.getAttribute(CURRENT, DefaultUserSession.class).ifPresent(DefaultUserSession::end);
    SessionCookies.schedule(request, cookies.clearSession());
    SessionCookies.schedule(request, cookies.clearRefresh());
  }

  /** The session the request names, from either cookie, whether or not still usable. */
  private SessionData anyCookie(HttpRequest<?> request) {
    Optional<DefaultUserSession> known = request.getAttribute(CURRENT, DefaultUserSession.class);
    if (known.isPresent()) {
      return known.get().data();
    }
    String refresh = value(request, cookies.refreshName());
    Optional<SessionData> full = refresh == null ? Optional.empty() : cookies.readRefresh(refresh);
    if (full.isPresent()) {
      return full.get();
    }
    String access = value(request, cookies.name());
    return access == null ? null : cookies.readAccess(access).orElse(null);
  }

  private void deleteAtGitHub(SessionData data) {
    try {
      tokens.delete(data.accessToken());
    } catch (RuntimeException e) {
      // Never the token: the status (GitHub's 404 for an already revoked one) or the failure kind.
      String why =
          e instanceof GitHubApiException api
              ? "GitHub answered " + api.status()
              : e.getClass().getSimpleName();
      LOG.warn(
          "Could not delete the token of user {} at GitHub ({}); the session is ended anyway",
          data.userId(),
          why);
    }
  }

  /**
   * How long a revocation must be kept: any cookie of the session, issued before now, is dead by
   * then (the refresh cookie's idle deadline, at most the absolute end).
   */
  private Instant keepUntil(SessionData data) {
    Instant idleEnd = clock.instant().plus(idleTimeout).plus(accessMaxAge);
    Instant absolute = Instant.ofEpochSecond(data.expiresAt());
    return absolute.isBefore(idleEnd) ? absolute : idleEnd;
  }

  @Override
  public void revokeAll(long userId) {
    Instant now = clock.instant();
    revocations.revokeUser(userId, now, now.plus(min(maxAge, idleTimeout.plus(accessMaxAge))));
    LOG.info("Ended every session of user {}", userId);
  }

  UserClients clients() {
    return clients;
  }

  Instant now() {
    return clock.instant();
  }

  /**
   * Renews the session from its refresh cookie's {@code data}: GitHub's token is refreshed when it
   * would expire within the new access cookie's life, and both cookies are set again (the idle
   * deadline slides). The answer is the full data, refresh token included.
   */
  SessionData renew(HttpRequest<?> request, SessionData data) {
    Instant now = clock.instant();
    SessionData fresh = data;
    if (data.hasRefreshToken() && data.tokenExpiresBy(now.plus(accessMaxAge).plus(EARLY))) {
      try {
        fresh = data.withToken(refreshToken(request, data));
      } catch (GitHubApiException e) {
        if (data.tokenExpiresBy(now.plus(EARLY))) {
          throw e;
        }
        // GitHub is unreachable but the token still works: renew now, refresh on a later request.
        LOG.info("Could not refresh the token of user {} yet: {}", data.userId(), e.status());
      }
    }
    for (Cookie cookie : cookies(fresh)) {
      SessionCookies.schedule(request, cookie);
    }
    return fresh;
  }

  /** GitHub's refreshed token, at most one refresh per spent refresh token. */
  private UserToken refreshToken(HttpRequest<?> request, SessionData data) {
    try {
      UserToken token = refreshes.refresh(data.userId(), data.refreshToken(), exchange::refresh);
      LOG.debug("Refreshed the token of user {}", data.userId());
      return token;
    } catch (SignInException e) {
      if (e.status() == 400) {
        endRefused(request);
        throw new SignInRequiredException(
            "POST " + GitHubWeb.TOKEN_PATH, "the user's token could not be refreshed");
      }
      throw new GitHubApiException(e.status(), "POST " + GitHubWeb.TOKEN_PATH, e.getMessage(), e);
    }
  }

  private String newSessionId() {
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String value(HttpRequest<?> request, String name) {
    Optional<Cookie> cookie = request.getCookies().findCookie(name);
    return cookie.isEmpty() || cookie.get().getValue().isEmpty() ? null : cookie.get().getValue();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
