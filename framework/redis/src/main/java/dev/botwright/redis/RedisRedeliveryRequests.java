package dev.botwright.redis;

import dev.botwright.spi.RedeliveryRequests;
import io.lettuce.core.SetArgs;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The reconciler's redelivery requests, shared by every process: {@code redeliver:<guid>} holds
 * {@code <attempt id> <asks> <asked at ms>} for the look-back, so whichever process holds the
 * reconciler lease next knows what its predecessor asked for and asks neither twice nor more than
 * the limit. When Redis cannot be reached the reconciler's run fails and the next one tries again.
 */
@Singleton
@Requires(property = RedisConfiguration.URL)
@Replaces(RedeliveryRequests.class)
final class RedisRedeliveryRequests implements RedeliveryRequests {

  private final Redis redis;

  RedisRedeliveryRequests(Redis redis) {
    this.redis = redis;
  }

  @Override
  public Optional<Request> get(String guid) {
    String value =
        call(
            "read a redelivery request",
            () -> redis.call("read a redelivery request", c -> c.get(key(guid))));
    if (value == null) {
      return Optional.empty();
    }
    String[] parts = value.split(" ");
    try {
      return Optional.of(
          new Request(
              Long.parseLong(parts[0]),
              Instant.ofEpochMilli(Long.parseLong(parts[2])),
              Integer.parseInt(parts[1])));
    } catch (RuntimeException e) {
      // Not written by this bot: as if never asked.
      return Optional.empty();
    }
  }

  @Override
  public void put(String guid, Request request, Duration keep) {
    String value = request.attemptId() + " " + request.asks() + " " + request.at().toEpochMilli();
    long millis = Math.max(1, keep.toMillis());
    call(
        "record a redelivery request",
        () ->
            redis.call(
                "record a redelivery request",
                c -> c.set(key(guid), value, SetArgs.Builder.px(millis))));
  }

  /** The reconciler treats an {@link IllegalStateException} as a failed run to try again. */
  private static <T> T call(String what, java.util.function.Supplier<T> command) {
    try {
      return command.get();
    } catch (RedisUnavailableException e) {
      throw new IllegalStateException("Redis could not " + what + ": " + e.getMessage(), e);
    }
  }

  private String key(String guid) {
    return redis.key("redeliver:" + guid);
  }
}
