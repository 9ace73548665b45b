package dev.botwright.redis;

import dev.botwright.config.StatesConfiguration;
import dev.botwright.internal.states.InMemoryOneTimeStates;
import dev.botwright.spi.OneTimeStates;
import io.lettuce.core.SetArgs;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Used sign-in and install states shared by every process: {@code SET state:<purpose>:<id> NX PXAT
 * <expiry>}, so the first use anywhere wins and Redis forgets the key when the state expires. While
 * Redis is unreachable each process remembers the states it sees itself (a replay is then caught
 * only by the process that saw the first use) rather than refusing every sign-in.
 */
@Singleton
@Requires(property = RedisConfiguration.URL)
@Replaces(OneTimeStates.class)
final class RedisOneTimeStates implements OneTimeStates {

  private final Redis redis;
  private final OneTimeStates local;
  private final Clock clock = Clock.systemUTC();

  RedisOneTimeStates(Redis redis, StatesConfiguration config) {
    this.redis = redis;
    this.local = new InMemoryOneTimeStates(config);
  }

  @Override
  public boolean useOnce(String purpose, String id, Instant expiresAt) {
    if (!expiresAt.isAfter(clock.instant())) {
      return false;
    }
    String key = redis.key("state:" + purpose + ":" + digest(id));
    try {
      String answer =
          redis.call(
              "use a single-use state",
              c -> c.set(key, "1", SetArgs.Builder.nx().pxAt(expiresAt.toEpochMilli())));
      return "OK".equals(answer);
    } catch (RedisUnavailableException e) {
      return local.useOnce(purpose, id, expiresAt);
    }
  }

  /** Keys of one length whatever the id; the id itself never needs to be read back. */
  private static String digest(String id) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
