package dev.botwright.redis;

import dev.botwright.spi.WriteSlots;
import io.lettuce.core.ScriptOutputType;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Write slots shared by every process: one Lua script per write reserves the installation's next
 * slot against Redis's own clock, so processes with skewed clocks still keep the spacing. While
 * Redis is unreachable each process paces on its own.
 */
@Singleton
@Requires(property = RedisConfiguration.URL)
final class RedisWriteSlots implements WriteSlots {

  /** Returns how many milliseconds the caller waits; the key expires once its slot has passed. */
  private static final String RESERVE =
      "local t = redis.call('TIME')"
          + " local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)"
          + " local interval = tonumber(ARGV[1])"
          + " local nxt = tonumber(redis.call('GET', KEYS[1]) or '0')"
          + " local mine = math.max(now, nxt)"
          + " redis.call('SET', KEYS[1], tostring(mine + interval), 'PX', mine + interval - now + 1000)"
          + " return mine - now";

  private final Redis redis;
  private final ConcurrentMap<Long, Long> localNext = new ConcurrentHashMap<>();

  RedisWriteSlots(Redis redis) {
    this.redis = redis;
  }

  @Override
  public Duration reserve(long installationId, Duration interval) {
    try {
      Long wait =
          redis.call(
              "reserve a write slot",
              c ->
                  c.<Long>eval(
                      RESERVE,
                      ScriptOutputType.INTEGER,
                      new String[] {redis.key("pace:" + installationId)},
                      Long.toString(interval.toMillis())));
      return Duration.ofMillis(wait == null ? 0 : wait);
    } catch (RedisUnavailableException e) {
      return local(installationId, interval);
    }
  }

  private Duration local(long installationId, Duration interval) {
    long now = System.currentTimeMillis();
    long[] mine = new long[1];
    localNext.compute(
        installationId,
        (id, next) -> {
          mine[0] = next == null ? now : Math.max(now, next);
          return mine[0] + interval.toMillis();
        });
    if (localNext.size() > 50_000) {
      localNext.values().removeIf(next -> next < now);
    }
    return Duration.ofMillis(mine[0] - now);
  }
}
