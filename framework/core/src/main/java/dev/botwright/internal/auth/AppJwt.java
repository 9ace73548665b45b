package dev.botwright.internal.auth;

import io.micronaut.core.annotation.Internal;
import java.time.Instant;

/**
 * Signs the app's JSON Web Token (RS256, {@code iat} 60 s in the past, {@code exp} at most 10
 * minutes ahead, {@code iss} = client id or app id) and reuses it while more than a minute is left.
 */
@Internal
public interface AppJwt {

  /** A valid app JWT, signed anew only when the previous one has a minute or less left. */
  String current();

  /**
   * Adjusts for the difference between this machine's clock and GitHub's, after GitHub rejected a
   * JWT because of {@code iat} or {@code exp}. The next {@link #current()} signs a new token.
   *
   * @param githubNow the time from GitHub's {@code Date} response header
   */
  void correctClock(Instant githubNow);
}
