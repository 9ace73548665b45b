package dev.botwright.redis;

import dev.botwright.spi.DeliveryStore;
import io.lettuce.core.ScriptOutputType;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * De-duplication shared by every process: {@code SET seen:<id> INTAKE NX}, so of two processes
 * receiving the same delivery exactly one dispatches it.
 *
 * <p>Intake only holds the id for {@link #intakeHold} (long enough to queue the delivery); the
 * script that queues it ({@link JournalScripts#OFFER}) marks it {@code RECEIVED} for the whole
 * window, and only then is a redelivery a duplicate. An id whose intake failed half-way while Redis
 * went away (the {@code SET} applied but its answer lost, or the delivery never queued and the id
 * never forgotten) is answered 503 while held ({@link IntakeUnfinishedException}) and is free again
 * once the hold ends, so GitHub's redelivery of it is dispatched instead of being acknowledged as a
 * duplicate of a delivery nobody queued.
 */
@Singleton
@Requires(property = RedisConfiguration.URL)
@Replaces(DeliveryStore.class)
final class RedisDeliveryStore implements DeliveryStore {

  /**
   * 1: the id is new and now held for intake; 0: its delivery was queued (a duplicate); 2: an
   * intake holds it but never queued it (still running elsewhere, or it failed half-way).
   */
  private static final String RECORD =
      "if redis.call('SET', KEYS[1], 'INTAKE', 'NX', 'PX', ARGV[1]) then return 1 end"
          + " if redis.call('GET', KEYS[1]) == 'INTAKE' then return 2 end"
          + " return 0";

  private final Redis redis;

  RedisDeliveryStore(Redis redis) {
    this.redis = redis;
  }

  @Override
  public boolean recordIfNew(String deliveryId, Duration window) {
    long millis = Math.max(1, Math.min(window.toMillis(), intakeHold(redis.config()).toMillis()));
    Long answer =
        redis.call(
            "record a delivery id",
            c ->
                c.<Long>eval(
                    RECORD,
                    ScriptOutputType.INTEGER,
                    new String[] {key(deliveryId)},
                    Long.toString(millis)));
    if (answer != null && answer == 2L) {
      throw new IntakeUnfinishedException(deliveryId);
    }
    return answer != null && answer == 1L;
  }

  /**
   * How long intake holds an id before the delivery is queued: two commands' worth, and a second.
   */
  static Duration intakeHold(RedisConfiguration config) {
    return config.getCommandTimeout().multipliedBy(2).plusSeconds(1);
  }

  @Override
  public void forget(String deliveryId) {
    redis.call("forget a delivery id", c -> c.del(key(deliveryId)));
  }

  /** What is stored for {@code deliveryId}: INTAKE or RECEIVED; null when unknown. */
  String state(String deliveryId) {
    return redis.call("read a delivery id", c -> c.get(key(deliveryId)));
  }

  static String key(Redis redis, String deliveryId) {
    return redis.key("seen:" + deliveryId);
  }

  private String key(String deliveryId) {
    return key(redis, deliveryId);
  }

  /**
   * The delivery id is held by an intake that has not queued it: another process is taking the same
   * delivery in right now, or an intake failed half-way while Redis went away. Intake answers 503,
   * so GitHub records a failed attempt and the delivery can be redelivered once the hold ends,
   * instead of acknowledging a duplicate of a delivery nobody queued.
   */
  static final class IntakeUnfinishedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    IntakeUnfinishedException(String deliveryId) {
      super(
          "Delivery "
              + deliveryId
              + " is held by an unfinished intake (another process, or one that failed while"
              + " Redis was away); it can be redelivered once the hold ends");
    }
  }
}
