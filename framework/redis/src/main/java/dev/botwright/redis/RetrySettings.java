package dev.botwright.redis;

import dev.botwright.config.DispatchConfiguration;
import dev.botwright.dispatch.Backoff;
import java.time.Duration;

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
    return new Backoff(initialBackoff, maxBackoff).after(failed);
  }
}
