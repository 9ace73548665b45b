package dev.botwright.internal.queue;

import dev.botwright.config.DispatchConfiguration;
import dev.botwright.internal.dispatch.Backoff;
import dev.botwright.internal.dispatch.DeliveryProcessor.Attempt;
import io.micronaut.core.annotation.Internal;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How many attempts a delivery gets and how long it waits between them: exponential backoff from
 * the initial wait, capped, with "equal jitter" (a random half of the wait) so that deliveries that
 * failed together, for example during a GitHub outage, do not all retry in the same second.
 */
@Internal
public final class RetryPolicy {

  /** One attempt, no retry: the behaviour of {@code receive}'s one-shot run. */
  public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, () -> 0);

  private final int maxAttempts;
  private final Backoff backoff;

  /** Attempts and backoff from explicit values; {@code random} gives the jitter, in [0, 1). */
  public RetryPolicy(int maxAttempts, Duration initial, Duration max, DoubleSupplier random) {
    this.maxAttempts = maxAttempts;
    this.backoff = new Backoff(initial, max, random);
  }

  /** From {@code botwright.dispatch.*}. */
  public static RetryPolicy of(DispatchConfiguration configuration) {
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
