package dev.botwright.oauth;

import io.micronaut.http.HttpRequest;
import java.util.Optional;

/** Finds the signed-in user of a request. Inject it into your controllers. */
public interface UserSessions {

  /** The request's user, if its session cookie is present, intact, unexpired and not revoked. */
  Optional<UserSession> current(HttpRequest<?> request);
}
