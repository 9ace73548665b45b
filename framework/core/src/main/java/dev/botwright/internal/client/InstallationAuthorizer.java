package dev.botwright.internal.client;

import dev.botwright.internal.auth.InstallationTokens;
import dev.botwright.spi.InstallationTokenCache.Key;
import dev.botwright.spi.InstallationTokenCache.Token;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Authenticates as one installation with its cached token. A brand-new token can be refused for a
 * few seconds while GitHub replicates it, so a 401 on a young token is retried after growing
 * delays; a 401 on an older token means it was revoked: it is invalidated and a fresh one tried
 * once.
 */
final class InstallationAuthorizer implements RequestAuthorizer {

  static final Duration YOUNG = Duration.ofSeconds(5);
  static final int YOUNG_RETRIES = 3;

  private final long installationId;
  private final Key key;
  private final InstallationTokens tokens;
  private final Clock clock;
  private final Duration youngDelay;

  InstallationAuthorizer(
      long installationId, InstallationTokens tokens, Clock clock, Duration youngDelay) {
    this.installationId = installationId;
    this.key = Key.of(installationId);
    this.tokens = tokens;
    this.clock = clock;
    this.youngDelay = youngDelay;
  }

  @Override
  public OptionalLong installationId() {
    return OptionalLong.of(installationId);
  }

  @Override
  public Attempts start() {
    return new Attempts() {
      private @Nullable Token used;
      private int youngRetries;
      private boolean invalidated;

      @Override
      public String authorization() {
        used = tokens.get(key);
        return "token " + used.value();
      }

      @Override
      public Optional<Duration> afterUnauthorized(String message, Optional<Instant> githubDate) {
        Instant now = clock.instant();
        // Once the young-token retries started they are the only ones: 1 s, 2 s, 3 s, then fail.
        Token sent = used;
        boolean young =
            youngRetries > 0 || (sent != null && sent.mintedAt().plus(YOUNG).isAfter(now));
        if (young) {
          if (youngRetries == YOUNG_RETRIES) {
            return Optional.empty();
          }
          youngRetries++;
          return Optional.of(youngDelay.multipliedBy(youngRetries));
        }
        if (invalidated) {
          return Optional.empty();
        }
        invalidated = true;
        if (sent != null) {
          // Without a token sent there is nothing to take out of the cache.
          tokens.invalidate(key, sent);
        }
        return Optional.of(Duration.ZERO);
      }
    };
  }
}
