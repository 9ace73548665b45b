package dev.botwright.redis;

import dev.botwright.spi.LeaderLease;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.UUID;

/**
 * One holder per lease name across processes: {@code SET lease:<name> <token> NX PX}, renewed and
 * released only by the process whose token it holds (compare-and-set in Lua). When Redis cannot be
 * reached nobody holds the lease, so the guarded job pauses rather than runs twice.
 */
@Singleton
@Requires(property = RedisConfiguration.URL)
@Replaces(LeaderLease.class)
final class RedisLeaderLease implements LeaderLease {

  private static final String RENEW =
      "if redis.call('GET', KEYS[1]) == ARGV[1] then"
          + " return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end";
  private static final String RELEASE =
      "if redis.call('GET', KEYS[1]) == ARGV[1] then"
          + " return redis.call('DEL', KEYS[1]) else return 0 end";

  private final Redis redis;
  private final String token = UUID.randomUUID().toString();

  RedisLeaderLease(Redis redis) {
    this.redis = redis;
  }

  @Override
  public boolean tryAcquire(String name, Duration ttl) {
    String key = key(name);
    long millis = Math.max(1, ttl.toMillis());
    try {
      if ("OK"
          .equals(
              redis.call(
                  "take a lease", c -> c.set(key, token, SetArgs.Builder.nx().px(millis))))) {
        return true;
      }
      Long renewed =
          redis.call(
              "renew a lease",
              c ->
                  c.<Long>eval(
                      RENEW,
                      ScriptOutputType.INTEGER,
                      new String[] {key},
                      token,
                      Long.toString(millis)));
      return renewed != null && renewed == 1L;
    } catch (RedisUnavailableException e) {
      return false;
    }
  }

  @Override
  public void release(String name) {
    try {
      redis.call(
          "release a lease",
          c -> c.<Long>eval(RELEASE, ScriptOutputType.INTEGER, new String[] {key(name)}, token));
    } catch (RedisUnavailableException e) {
      // The lease expires by itself.
    }
  }

  private String key(String name) {
    return redis.key("lease:" + name);
  }
}
