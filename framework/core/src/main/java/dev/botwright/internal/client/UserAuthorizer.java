package dev.botwright.internal.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Authenticates as a user with a token, or as the OAuth client with Basic credentials. A 401 is
 * never retried: the user's token was revoked or expired, so the caller decides what ends.
 */
final class UserAuthorizer implements RequestAuthorizer {

  private final Supplier<String> authorization;
  private final Runnable onUnauthorized;

  UserAuthorizer(Supplier<String> authorization, Runnable onUnauthorized) {
    this.authorization = authorization;
    this.onUnauthorized = onUnauthorized;
  }

  @Override
  public OptionalLong installationId() {
    return OptionalLong.empty();
  }

  @Override
  public Attempts start() {
    return new Attempts() {
      @Override
      public String authorization() {
        return authorization.get();
      }

      @Override
      public Optional<Duration> afterUnauthorized(String message, Optional<Instant> githubDate) {
        onUnauthorized.run();
        return Optional.empty();
      }
    };
  }
}
