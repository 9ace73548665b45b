package dev.botwright.oauth;

import dev.botwright.client.UserClients;
import dev.botwright.github.GitHubApiException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sessions in encrypted cookies, checked against the revocation list, refreshed when due. */
@Singleton
@Requires(property = "botwright.oauth.enabled", value = "true")
@Requires(missingBeans = UserSessions.class)
final class DefaultUserSessions implements UserSessions {

  private static final Logger LOG = LoggerFactory.getLogger(DefaultUserSessions.class);
  private static final String CURRENT = "botwright.oauth.session";

  private final SessionCookies cookies;
  private final Revocations revocations;
  private final OAuthExchange exchange;
  private final UserClients clients;
  private final Clock clock;
  private final Refreshes refreshes;

  DefaultUserSessions(
      SessionCookies cookies,
      Revocations revocations,
      OAuthExchange exchange,
      UserClients clients) {
    this.cookies = cookies;
    this.revocations = revocations;
    this.exchange = exchange;
    this.clients = clients;
    this.clock = Clock.systemUTC();
    this.refreshes = new Refreshes(clock);
  }

  @Override
  public Optional<UserSession> current(HttpRequest<?> request) {
    Optional<DefaultUserSession> known = request.getAttribute(CURRENT, DefaultUserSession.class);
    if (known.isPresent()) {
      return known.filter(s -> !s.ended()).map(UserSession.class::cast);
    }
    Optional<Cookie> cookie = request.getCookies().findCookie(cookies.name());
    if (cookie.isEmpty() || cookie.get().getValue().isEmpty()) {
      return Optional.empty();
    }
    Optional<SessionData> data = cookies.read(cookie.get().getValue());
    Instant now = clock.instant();
    String refused = data.isEmpty() ? "it could not be decrypted" : refusal(data.get(), now);
    if (refused != null) {
      LOG.debug("Session cookie refused: {}", refused);
      signOut(request);
      return Optional.empty();
    }
    DefaultUserSession session = new DefaultUserSession(data.get(), this, request);
    request.setAttribute(CURRENT, session);
    return Optional.of(session);
  }

  private String refusal(SessionData data, Instant now) {
    if (data.expiresAt() <= now.getEpochSecond()) {
      return "it expired";
    }
    if (revocations.refuses(data.userId(), data.issuedAt())) {
      return "the user's sessions were revoked";
    }
    if (data.tokenExpiresBy(now)
        && (!data.hasRefreshToken()
            || (data.refreshTokenExpiresAt() != 0
                && data.refreshTokenExpiresAt() <= now.getEpochSecond()))) {
      return "its token expired and cannot be refreshed";
    }
    return null;
  }

  @Override
  public UserSession signIn(HttpRequest<?> request, String code) {
    DefaultUserSession session = new DefaultUserSession(start(code, null, null), this, request);
    request.setAttribute(CURRENT, session);
    SessionCookies.schedule(request, cookies.session(session.data(), clock.instant()));
    return session;
  }

  /** Exchanges a code and reads the user: the data of a new session. */
  SessionData start(String code, String verifier, String redirectUri) {
    UserToken token = exchange.exchange(code, verifier, redirectUri);
    UserIdentity user = exchange.identify(token);
    Instant now = clock.instant();
    Instant ends = now.plus(cookies.maxAge());
    if (token.refreshTokenExpiresAt() != null && token.refreshTokenExpiresAt().isBefore(ends)) {
      ends = token.refreshTokenExpiresAt();
    }
    LOG.info("User {} ({}) signed in", user.login(), user.id());
    return SessionData.of(user, token, now, ends);
  }

  Cookie cookie(SessionData data) {
    return cookies.session(data, clock.instant());
  }

  @Override
  public void remember(UserSession session, MutableHttpResponse<?> response) {
    response.cookie(cookies.session(((DefaultUserSession) session).data(), clock.instant()));
  }

  @Override
  public void signOut(HttpRequest<?> request) {
    request.getAttribute(CURRENT, DefaultUserSession.class).ifPresent(DefaultUserSession::end);
    SessionCookies.schedule(request, cookies.clearSession());
  }

  @Override
  public void revokeAll(long userId) {
    revocations.revoke(userId);
  }

  UserClients clients() {
    return clients;
  }

  Instant now() {
    return clock.instant();
  }

  /** The refreshed session data, refreshing at most once per spent refresh token. */
  SessionData refresh(HttpRequest<?> request, SessionData data) {
    UserToken token;
    try {
      token = refreshes.refresh(data.userId(), data.refreshToken(), exchange::refresh);
    } catch (SignInException e) {
      if (e.status() == 400) {
        signOut(request);
        throw new SignInRequiredException(
            "POST " + OAuthExchange.TOKEN_PATH, "the user's token could not be refreshed");
      }
      throw new GitHubApiException(
          e.status(), "POST " + OAuthExchange.TOKEN_PATH, e.getMessage(), e);
    }
    SessionData refreshed = data.withToken(token);
    SessionCookies.schedule(request, cookies.session(refreshed, clock.instant()));
    LOG.debug("Refreshed the token of user {}", data.userId());
    return refreshed;
  }
}
