package dev.botwright.oauth;

import dev.botwright.github.GitHubClient;
import java.time.Instant;
import java.util.Optional;

/**
 * A user signed in with GitHub, read from the request's encrypted session cookie. The user's token
 * lives only in that cookie and is never exposed: call GitHub as the user through {@link
 * #github()}.
 */
public interface UserSession {

  /** GitHub's numeric user id. */
  long userId();

  /** The user's login, e.g. {@code octocat}. */
  String login();

  /** The user's primary verified email, when the app may read it. */
  Optional<String> email();

  /** When the session ends and the user must sign in again. */
  Instant expiresAt();

  /**
   * A client acting as this user, with the same API as an installation's client. When GitHub
   * answers 401 the session is ended: the response clears the cookie and asks the user to sign in
   * again.
   */
  GitHubClient github();
}
