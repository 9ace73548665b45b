package dev.botwright.redis;

import dev.botwright.spi.SessionRevocations;
import io.lettuce.core.KeyValue;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The revocation list shared by every process: {@code revoked-session:<id>} and {@code
 * revoked-user:<id>} (the moment up to which that user's sessions are refused) expire on their own
 * when every cookie they could refuse has. When Redis is unreachable a session cannot be checked,
 * so the request fails with 503 rather than trusting a cookie that may have been signed out.
 */
@Singleton
@Requires(property = RedisConfiguration.URL)
@Requires(property = "botwright.oauth.enabled", value = "true")
@Replaces(SessionRevocations.class)
final class RedisSessionRevocations implements SessionRevocations {

  // Keeps the later moment of two revocations of one user, and the later expiry.
  private static final String REVOKE_USER =
      "local old = tonumber(redis.call('GET', KEYS[1]) or '0')"
          + " if tonumber(ARGV[1]) > old then redis.call('SET', KEYS[1], ARGV[1]) end"
          + " local ttl = redis.call('PTTL', KEYS[1])"
          + " if ttl < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end"
          + " return 1";

  private final Redis redis;
  private final Clock clock = Clock.systemUTC();

  RedisSessionRevocations(Redis redis) {
    this.redis = redis;
  }

  @Override
  public void revokeSession(String sessionId, Instant until) {
    long ttl = until.toEpochMilli() - clock.millis();
    if (ttl > 0) {
      redis.call(
          "revoke a session", c -> c.set(sessionKey(sessionId), "1", SetArgs.Builder.px(ttl)));
    }
  }

  @Override
  public void revokeUser(long userId, Instant at, Instant until) {
    long ttl = until.toEpochMilli() - clock.millis();
    if (ttl > 0) {
      redis.call(
          "revoke a user's sessions",
          c ->
              c.<Long>eval(
                  REVOKE_USER,
                  ScriptOutputType.INTEGER,
                  new String[] {userKey(userId)},
                  Long.toString(at.toEpochMilli()),
                  Long.toString(ttl)));
    }
  }

  @Override
  public boolean isRevoked(String sessionId, long userId, Instant issuedAt) {
    List<KeyValue<String, String>> values =
        redis.call("check a session", c -> c.mget(sessionKey(sessionId), userKey(userId)));
    if (values.get(0).hasValue()) {
      return true;
    }
    return values.get(1).hasValue()
        && issuedAt.toEpochMilli() <= Long.parseLong(values.get(1).getValue());
  }

  private String sessionKey(String sessionId) {
    return redis.key("revoked-session:" + sessionId);
  }

  private String userKey(long userId) {
    return redis.key("revoked-user:" + userId);
  }
}
