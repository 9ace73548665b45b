package dev.botwright.oauth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import java.util.Optional;

/**
 * Finds the signed-in user of a request. Inject it into your controllers. Botwright's
 * implementation exists when {@code botwright.oauth.enabled} is true; the methods with a default
 * body throw {@link UnsupportedOperationException} in other implementations unless they override
 * them.
 */
public interface UserSessions {

  /**
   * The request's user, if its session cookies are present, intact, unexpired and not revoked. May
   * renew the short-lived access cookie from the refresh cookie (set on this request's response).
   */
  Optional<UserSession> current(HttpRequest<?> request);

  /**
   * Signs a user in with an OAuth {@code code} obtained without PKCE, such as the one GitHub adds
   * to the setup URL when "Request user authorization (OAuth) during installation" is on: trades it
   * for a token, reads the user and primary verified email, and sets the session cookies on this
   * request's response.
   *
   * @throws SignInException when the code is refused (400), the user has no verified email (400) or
   *     GitHub fails (502); its message is safe to show
   */
  default UserSession signIn(HttpRequest<?> request, String code) {
    throw new UnsupportedOperationException("signIn needs botwright.oauth.enabled: true");
  }

  /** Sets {@code session}'s cookies on {@code response}, e.g. after {@link #signIn}. */
  default void remember(UserSession session, MutableHttpResponse<?> response) {
    throw new UnsupportedOperationException("remember needs botwright.oauth.enabled: true");
  }

  /**
   * Signs the request's user out: revokes the session (for every process sharing the revocation
   * list, so a copy of its cookies is refused), clears its cookies on this request's response, and
   * deletes the user's token at GitHub. GitHub failing is logged and does not keep the session.
   */
  default void signOut(HttpRequest<?> request) {
    throw new UnsupportedOperationException("signOut needs botwright.oauth.enabled: true");
  }

  /**
   * Ends every session of {@code userId} issued until now, e.g. on {@code
   * github_app_authorization.revoked}: their cookies are refused from now on.
   */
  default void revokeAll(long userId) {
    throw new UnsupportedOperationException("revokeAll needs botwright.oauth.enabled: true");
  }
}
