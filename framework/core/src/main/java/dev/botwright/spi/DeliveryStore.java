package dev.botwright.spi;

import java.time.Duration;

/**
 * Remembers deliveries by their {@code X-GitHub-Delivery} id so that a redelivery is acknowledged
 * but not dispatched twice. The default keeps ids in memory for the configured window; a durable or
 * shared store replaces it by declaring a bean of this type.
 */
public interface DeliveryStore {

  /**
   * Records {@code deliveryId} as received. Atomic: of several concurrent calls with the same id
   * exactly one returns {@code true}.
   *
   * @param window how long the id is remembered
   * @return {@code true} if the id was new, {@code false} if it was seen within the window
   */
  boolean recordIfNew(String deliveryId, Duration window);

  /**
   * Forgets {@code deliveryId}, so that a later redelivery is dispatched (used when intake fails).
   */
  void forget(String deliveryId);
}
