package dev.botwright.oauth;

import dev.botwright.github.GitHubClient;
import io.micronaut.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One request's session. Its client refreshes an expiring token before a call (the new cookie goes
 * out with the response), and ends the session when GitHub answers 401.
 */
final class DefaultUserSession implements UserSession {

  /** Refresh a little early, so a token does not expire between the check and GitHub. */
  private static final Duration EARLY = Duration.ofSeconds(60);

  private final DefaultUserSessions sessions;
  private final HttpRequest<?> request;
  private SessionData data;
  private boolean ended;

  DefaultUserSession(SessionData data, DefaultUserSessions sessions, HttpRequest<?> request) {
    this.data = data;
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
    if (data.tokenExpiresBy(sessions.now().plus(EARLY)) && data.hasRefreshToken()) {
      data = sessions.refresh(request, data);
    }
    return data.accessToken();
  }

  private void unauthorized() {
    sessions.signOut(request);
    throw new SignInRequiredException(
        "user request", "GitHub no longer accepts the user's token; sign in again");
  }

  @Override
  public String toString() {
    return "UserSession[userId=" + data.userId() + ", login=" + data.login() + "]";
  }
}
