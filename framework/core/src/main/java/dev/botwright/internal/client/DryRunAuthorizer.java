package dev.botwright.internal.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** Authorizes nothing: a dry run sends no request, so it neither signs a JWT nor mints a token. */
record DryRunAuthorizer(OptionalLong installationId) implements RequestAuthorizer {

  @Override
  public Attempts start() {
    return new Attempts() {
      @Override
      public String authorization() {
        return "none (dry run)";
      }

      @Override
      public Optional<Duration> afterUnauthorized(String message, Optional<Instant> githubDate) {
        return Optional.empty();
      }
    };
  }
}
