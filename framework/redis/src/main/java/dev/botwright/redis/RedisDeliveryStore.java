package dev.botwright.redis;

import dev.botwright.spi.DeliveryStore;
import io.lettuce.core.SetArgs;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * De-duplication shared by every process: {@code SET seen:<id> NX EX <window>}, so of two processes
 * receiving the same delivery exactly one dispatches it.
 */
@Singleton
@Requires(property = RedisConfiguration.URL)
@Replaces(DeliveryStore.class)
final class RedisDeliveryStore implements DeliveryStore {

  private final Redis redis;

  RedisDeliveryStore(Redis redis) {
    this.redis = redis;
  }

  @Override
  public boolean recordIfNew(String deliveryId, Duration window) {
    long seconds = Math.max(1, window.toSeconds());
    String answer =
        redis.call(
            "record a delivery id",
            c -> c.set(key(deliveryId), "RECEIVED", SetArgs.Builder.nx().ex(seconds)));
    return "OK".equals(answer);
  }

  @Override
  public void forget(String deliveryId) {
    redis.call("forget a delivery id", c -> c.del(key(deliveryId)));
  }

  @Override
  public void recordOutcome(String deliveryId, DeliveryOutcome outcome) {
    redis.call(
        "record an outcome",
        c -> c.set(key(deliveryId), outcome.name(), SetArgs.Builder.xx().keepttl()));
  }

  /** What is stored for {@code deliveryId}: RECEIVED, HANDLED or FAILED; null when unknown. */
  String state(String deliveryId) {
    return redis.call("read a delivery id", c -> c.get(key(deliveryId)));
  }

  private String key(String deliveryId) {
    return redis.key("seen:" + deliveryId);
  }
}
