package dev.botwright.spi;

import java.time.Instant;

/**
 * Ended sign-in sessions, consulted on every request that carries a session cookie. Botwright keeps
 * them in memory (optionally in {@code botwright.oauth.revocations-file}); with {@code
 * botwright.redis.url} set, {@code botwright-redis} shares them between processes. An entry is kept
 * only until {@code until}: by then every cookie it could refuse has expired.
 */
public interface SessionRevocations {

  /** Refuses the session {@code sessionId} (sign-out) until {@code until}. */
  void revokeSession(String sessionId, Instant until);

  /**
   * Refuses every session of {@code userId} issued at or before {@code at}, until {@code until}.
   */
  void revokeUser(long userId, Instant at, Instant until);

  /**
   * Whether the session {@code sessionId} of {@code userId}, issued at {@code issuedAt}, was ended.
   * An implementation that cannot tell (its store is unreachable) throws rather than answering
   * false.
   */
  boolean isRevoked(String sessionId, long userId, Instant issuedAt);
}
