package dev.botwright.spi;

import dev.botwright.DeliveryFailure;
import java.util.Optional;

/**
 * Told about every delivery once all of its handlers have finished. Declare beans of this type for
 * metrics, audit logs, or to wait for deliveries in tests. Must be fast and must not throw.
 * Listeners are called one after another in {@code @Order} order.
 */
@FunctionalInterface
public interface DeliveryListener {

  /**
   * @param delivery the delivery that finished
   * @param handlers how many handlers ran
   * @param failure the failures, if any handler threw
   */
  void finished(Delivery delivery, int handlers, Optional<DeliveryFailure> failure);

  /**
   * Told about each attempt in which handlers threw, before the delivery is retried or, when {@code
   * dead}, given up on; {@link #finished} follows only the final attempt. Does nothing unless
   * overridden; must be fast and must not throw.
   *
   * @param delivery the delivery
   * @param attempt the attempt's number, from 1
   * @param dead whether no attempt follows (out of attempts, or a permanent failure)
   * @param failure the handlers that threw in this attempt
   */
  default void attemptFailed(
      Delivery delivery, int attempt, boolean dead, DeliveryFailure failure) {}
}
