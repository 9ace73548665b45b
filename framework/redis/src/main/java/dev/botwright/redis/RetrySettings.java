package dev.botwright.redis;

import dev.botwright.config.DispatchConfiguration;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Attempts and backoff of the Redis queue: the same {@code botwright.dispatch.*} settings as the
 * embedded journal, so a bot behaves alike in both modes.
 *
 * @param maxAttempts attempts per delivery, the first included
 * @param initialBackoff the wait before the second attempt; doubled for each later one
 * @param maxBackoff the longest wait
 */
record RetrySettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

  static RetrySettings of(DispatchConfiguration dispatch) {
    return new RetrySettings(
        dispatch.getMaxAttempts(),
        dispatch.getRetryInitialBackoff(),
        dispatch.getRetryMaxBackoff());
  }

  /**
   * The wait after attempt {@code failed} (1-based) failed: doubling, capped, with a random half as
   * jitter so that deliveries that failed together do not all come back in the same second.
   */
  Duration backoff(int failed) {
    long base = initialBackoff.toMillis();
    long max = maxBackoff.toMillis();
    for (int i = 1; i < failed && base < max; i++) {
      base *= 2;
    }
    base = Math.min(base, max);
    long half = base / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(base - half + 1));
  }
}
