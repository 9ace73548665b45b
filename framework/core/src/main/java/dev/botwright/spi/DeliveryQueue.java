package dev.botwright.spi;

/**
 * Holds verified deliveries between the acknowledgement and the handlers. The default is a bounded
 * in-memory queue with per-installation fairness drained by a bounded pool of workers; a durable or
 * shared queue replaces it by declaring a bean of this type.
 *
 * <p>Once {@link #offer} returned {@code true} the queue owns the delivery: it must pass it to the
 * {@link DeliveryProcessor} exactly once (at least once for durable queues) and never drop it.
 */
public interface DeliveryQueue {

  /**
   * Hands a delivery over.
   *
   * @return {@code true} if accepted, {@code false} if the queue is full (intake then answers 503
   *     with {@code Retry-After})
   */
  boolean offer(Delivery delivery);

  /** Deliveries accepted but not yet finished. */
  int pending();

  /** Runs the handlers of one delivery. Implemented by the framework, called by queues. */
  @FunctionalInterface
  interface DeliveryProcessor {
    /** Runs every handler of {@code delivery}; never throws. */
    void process(Delivery delivery);
  }
}
