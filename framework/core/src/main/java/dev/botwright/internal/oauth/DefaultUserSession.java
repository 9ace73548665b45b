package dev.botwright.internal.oauth;

import dev.botwright.github.GitHubClient;
import dev.botwright.oauth.SignInRequiredException;
import dev.botwright.oauth.UserSession;
import io.micronaut.http.HttpRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * One request's session. Its client refreshes an expiring token before a call when the session came
 * from the refresh cookie (the new cookies go out with the response), and ends the session when
 * GitHub answers 401.
 */
final class DefaultUserSession implements UserSession {

  private final DefaultUserSessions sessions;
  private final HttpRequest<?> request;
  private final boolean full;
  private SessionData data;
  private boolean ended;

  /**
   * @param full whether {@code data} is the refresh cookie's (refresh token included) rather than
   *     the access cookie's
   */
  DefaultUserSession(
      SessionData data, boolean full, DefaultUserSessions sessions, HttpRequest<?> request) {
    this.data = data;
    this.full = full;
    this.sessions = sessions;
    this.request = request;
  }

  @Override
  public long userId() {
    return data.userId();
  }

  @Override
  public String login() {
    return data.login();
  }

  @Override
  public Optional<String> email() {
    return data.emailValue();
  }

  @Override
  public Instant expiresAt() {
    return Instant.ofEpochSecond(data.expiresAt());
  }

  @Override
  public GitHubClient github() {
    return sessions.clients().user(this::token, this::unauthorized);
  }

  synchronized SessionData data() {
    return data;
  }

  boolean full() {
    return full;
  }

  synchronized boolean ended() {
    return ended;
  }

  synchronized void end() {
    ended = true;
  }

  private synchronized String token() {
    if (ended) {
      throw new SignInRequiredException("user session", "the session has ended; sign in again");
    }
    if (data.tokenExpiresBy(sessions.now().plus(DefaultUserSessions.EARLY))
        && data.hasRefreshToken()) {
      data = sessions.renew(request, data);
    }
    return data.accessToken();
  }

  private void unauthorized() {
    sessions.endRefused(request);
    throw new SignInRequiredException(
        "user request", "GitHub no longer accepts the user's token; sign in again");
  }

  @Override
  public String toString() {
    return "UserSession[userId=" + data.userId() + ", login=" + data.login() + "]";
  }
}
