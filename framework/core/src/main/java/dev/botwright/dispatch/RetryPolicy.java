package dev.botwright.dispatch;

import dev.botwright.config.DispatchConfiguration;
import dev.botwright.spi.DeliveryQueue.Attempt;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How many attempts a delivery gets and how long it waits between them: exponential backoff from
 * the initial wait, capped, with "equal jitter" (a random half of the wait) so that deliveries that
 * failed together, for example during a GitHub outage, do not all retry in the same second.
 */
final class RetryPolicy {

  /** One attempt, no retry: the behaviour of {@link DeliveryQueue.DeliveryProcessor#process}. */
  static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, () -> 0);

  private final int maxAttempts;
  private final Backoff backoff;

  RetryPolicy(int maxAttempts, Duration initial, Duration max, DoubleSupplier random) {
    this.maxAttempts = maxAttempts;
    this.backoff = new Backoff(initial, max, random);
  }

  static RetryPolicy of(DispatchConfiguration configuration) {
    return new RetryPolicy(
        configuration.getMaxAttempts(),
        configuration.getRetryInitialBackoff(),
        configuration.getRetryMaxBackoff(),
        () -> ThreadLocalRandom.current().nextDouble());
  }

  /** Attempt {@code number} (1-based) running {@code handlers} (empty: all). */
  Attempt attempt(int number, Set<String> handlers) {
    return new Attempt(number, handlers, number >= maxAttempts);
  }

  /** The wait after attempt {@code failed} (1-based) failed. */
  Duration backoff(int failed) {
    return backoff.after(failed);
  }
}
