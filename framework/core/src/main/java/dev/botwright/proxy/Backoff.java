package dev.botwright.proxy;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Waits between attempts to reach the proxy: the initial wait doubled per failure in a row, capped
 * at the maximum, each drawn at random from its upper half so that many bots do not reconnect in
 * step.
 */
record Backoff(Duration initial, Duration max) {

  /** The wait before the next attempt after {@code failures} failed ones in a row. */
  Duration delay(int failures) {
    long ceiling = max.toMillis();
    long wait = initial.toMillis();
    for (int i = 0; i < failures && wait < ceiling; i++) {
      wait *= 2;
    }
    wait = Math.min(wait, ceiling);
    return Duration.ofMillis(wait / 2 + ThreadLocalRandom.current().nextLong(wait / 2 + 1));
  }
}
