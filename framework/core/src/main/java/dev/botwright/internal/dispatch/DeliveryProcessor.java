package dev.botwright.internal.dispatch;

import dev.botwright.DeliveryFailure;
import dev.botwright.spi.Delivery;
import io.micronaut.core.annotation.Internal;
import java.util.Optional;
import java.util.Set;

/**
 * The dispatcher as intake and the runner see it: {@link #plan} once per delivery at intake (which
 * handlers, in which ordering lane), then {@link #process} once per attempt on a worker.
 */
@Internal
public interface DeliveryProcessor {

  /** The handlers of {@code delivery} and its ordering key; empty when no handler listens. */
  Optional<DeliveryPlan> plan(Delivery delivery);

  /**
   * Runs one attempt at {@code delivery}: the plan's handlers that {@link Attempt#handlers()} names
   * (all when empty). Failures of an attempt that is not {@link Attempt#last()} and not permanent
   * are left to the runner to retry; error hooks and {@link dev.botwright.spi.DeliveryListener}s
   * hear only of the final outcome. Never throws.
   */
  AttemptResult process(Delivery delivery, DeliveryPlan plan, Attempt attempt);

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
