package dev.botwright.oauth;

import dev.botwright.github.GitHubApiException;

/**
 * The user must sign in (again): GitHub refused the user's token, its refresh failed, or a
 * controller requires a session and there is none. Botwright answers it with 401, clears the
 * session cookie, and points to the sign-in route: a page for browsers, JSON otherwise.
 */
public class SignInRequiredException extends GitHubApiException {

  /**
   * @param route the GitHub route that was refused, or a description of what needed a session
   * @param reason why, e.g. GitHub's message; never a token
   */
  public SignInRequiredException(String route, String reason) {
    super(401, route, reason, null);
  }
}
