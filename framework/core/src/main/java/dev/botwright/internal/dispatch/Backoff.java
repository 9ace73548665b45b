package dev.botwright.internal.dispatch;

import io.micronaut.core.annotation.Internal;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Waits between attempts: the initial wait doubled per failure in a row, capped at the maximum,
 * with "equal jitter" (a random half of the wait) so that what failed together, deliveries during a
 * GitHub outage or bots whose proxy went down, does not come back in the same second.
 *
 * @param initial the wait after the first failure
 * @param max the longest wait
 * @param random a source of numbers in {@code [0, 1)}
 */
@Internal
public record Backoff(Duration initial, Duration max, DoubleSupplier random) {

  /** With {@link ThreadLocalRandom}'s jitter. */
  public Backoff(Duration initial, Duration max) {
    this(initial, max, () -> ThreadLocalRandom.current().nextDouble());
  }

  /** The wait after {@code failed} (1 or more) failures in a row. */
  public Duration after(int failed) {
    long maxMs = max.toMillis();
    long base = initial.toMillis();
    for (int i = 1; i < failed && base < maxMs; i++) {
      base *= 2;
    }
    base = Math.min(base, maxMs);
    return Duration.ofMillis(base / 2 + (long) (random.getAsDouble() * (base - base / 2)));
  }
}
