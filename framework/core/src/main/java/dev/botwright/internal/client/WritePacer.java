package dev.botwright.internal.client;

import dev.botwright.spi.WriteSlots;
import java.time.Duration;

/**
 * Spaces the writes of one installation at least {@code interval} apart, as GitHub's secondary rate
 * limits ask. Each write reserves its slot atomically (in this process, or shared through {@link
 * WriteSlots}) and then waits outside any lock, so installations never wait for one another.
 */
final class WritePacer {

  private final Duration interval;
  private final Sleeper sleeper;
  private final WriteSlots slots;

  WritePacer(Duration interval, Sleeper sleeper, WriteSlots slots) {
    this.interval = interval;
    this.sleeper = sleeper;
    this.slots = slots;
  }

  /** Waits until {@code installationId} may write again, and reserves the following slot. */
  void awaitTurn(long installationId) throws InterruptedException {
    Duration wait = slots.reserve(installationId, interval);
    if (!wait.isZero() && !wait.isNegative()) {
      sleeper.sleep(wait);
    }
  }
}
