package dev.botwright.internal.client;

import dev.botwright.internal.auth.AppJwt;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Authenticates as the app with its JWT. A 401 about {@code iat}/{@code exp} means the clocks
 * disagree: the JWT is re-signed against GitHub's {@code Date} and the request retried once.
 */
final class AppAuthorizer implements RequestAuthorizer {

  private static final Pattern CLOCK_COMPLAINT =
      Pattern.compile("'Issued at'|'Expiration time'|\\biat\\b|\\bexp\\b");

  private final AppJwt jwt;

  AppAuthorizer(AppJwt jwt) {
    this.jwt = jwt;
  }

  @Override
  public OptionalLong installationId() {
    return OptionalLong.empty();
  }

  @Override
  public Attempts start() {
    return new Attempts() {
      private boolean corrected;

      @Override
      public String authorization() {
        return "Bearer " + jwt.current();
      }

      @Override
      public Optional<Duration> afterUnauthorized(String message, Optional<Instant> githubDate) {
        if (corrected || githubDate.isEmpty() || !CLOCK_COMPLAINT.matcher(message).find()) {
          return Optional.empty();
        }
        corrected = true;
        jwt.correctClock(githubDate.get());
        return Optional.of(Duration.ZERO);
      }
    };
  }
}
