package dev.botwright.internal.setup;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Random single-use tokens for the manifest flow's {@code state} and the import form's CSRF token.
 * Each expires after {@link #LIFETIME}; at most {@link #CAPACITY} are kept, so reloading the page
 * cannot grow memory without bound.
 */
@Singleton
final class SetupStates {

  /** GitHub's manifest codes last an hour; the state never outlives them. */
  static final Duration LIFETIME = Duration.ofMinutes(60);

  static final int CAPACITY = 256;

  /** What a presented token turned out to be. */
  enum Check {
    VALID,
    UNKNOWN,
    EXPIRED
  }

  /** Tokens of one purpose are never accepted for another. */
  enum Purpose {
    MANIFEST,
    IMPORT
  }

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
  private final Clock clock;

  @Inject
  SetupStates() {
    this(Clock.systemUTC());
  }

  SetupStates(Clock clock) {
    this.clock = clock;
  }

  /** A new token, valid once within {@link #LIFETIME}. */
  String issue(Purpose purpose) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    expiries.values().removeIf(expiry -> !now.isBefore(expiry));
    if (expiries.size() >= CAPACITY) {
      Iterator<String> oldest = expiries.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    expiries.put(key(purpose, token), now.plus(LIFETIME));
    return token;
  }

  /** Checks and uses up {@code token}: a second check of the same token is {@code UNKNOWN}. */
  Check consume(Purpose purpose, String token) {
    if (token == null || token.isEmpty()) {
      return Check.UNKNOWN;
    }
    Instant expiry = expiries.remove(key(purpose, token));
    if (expiry == null) {
      return Check.UNKNOWN;
    }
    return clock.instant().isBefore(expiry) ? Check.VALID : Check.EXPIRED;
  }

  private static String key(Purpose purpose, String token) {
    return purpose + ":" + token;
  }

  @Override
  public String toString() {
    return "SetupStates[" + expiries.size() + " pending]";
  }
}
