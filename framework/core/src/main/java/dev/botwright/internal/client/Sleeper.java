package dev.botwright.internal.client;

import java.time.Duration;

/** Waits; replaced in tests so that retry and rate-limit delays are recorded, not slept. */
@FunctionalInterface
interface Sleeper {

  /** The real one. */
  Sleeper SYSTEM =
      duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

  /** Waits for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;
}
