package dev.botwright.spi;

import dev.botwright.DeliveryFailure;
import java.util.Optional;
import java.util.Set;

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
  interface DeliveryProcessor {
    /** Runs every handler of {@code delivery} as its one and only attempt; never throws. */
    void process(Delivery delivery);

    /**
     * Runs one attempt at {@code delivery}: the handlers {@link Attempt#handlers()} names (all when
     * empty). Failures of an attempt that is not {@link Attempt#last()} and not permanent are
     * logged as a retry; error hooks and {@link DeliveryListener}s hear only of the final outcome.
     * Never throws.
     */
    default AttemptResult process(Delivery delivery, Attempt attempt) {
      process(delivery);
      return AttemptResult.SUCCEEDED;
    }

    /**
     * The key whose deliveries must run one at a time in arrival order (e.g. {@code
     * "repo:octo/hello"} or {@code "issue:octo/hello#7"}), when a handler of this delivery asked
     * for ordering; empty otherwise.
     */
    default Optional<String> orderingKey(Delivery delivery) {
      return Optional.empty();
    }
  }

  /**
   * One attempt at a delivery.
   *
   * @param number 1 for the first attempt
   * @param handlers names ({@code BeanClass#method}) of the handlers to run; empty for all
   * @param last whether no retry follows, so that a failure is final
   */
  record Attempt(int number, Set<String> handlers, boolean last) {
    /** A delivery's only attempt: every handler, final. */
    public static final Attempt ONLY = new Attempt(1, Set.of(), true);

    public Attempt {
      handlers = Set.copyOf(handlers);
    }
  }

  /**
   * What one attempt left behind.
   *
   * @param failedHandlers names of the handlers that threw (to run again on a retry)
   * @param permanent whether a handler said the failure is permanent ({@link
   *     dev.botwright.PermanentFailure}), so no retry may follow
   * @param failure the failures of this attempt, if any
   */
  record AttemptResult(
      Set<String> failedHandlers, boolean permanent, Optional<DeliveryFailure> failure) {
    /** Every handler succeeded. */
    public static final AttemptResult SUCCEEDED =
        new AttemptResult(Set.of(), false, Optional.empty());

    public AttemptResult {
      failedHandlers = Set.copyOf(failedHandlers);
    }

    /** Whether every handler that ran succeeded. */
    public boolean succeeded() {
      return failedHandlers.isEmpty();
    }
  }
}
