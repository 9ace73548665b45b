package dev.botwright.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Spaces the writes of one installation at least {@code interval} apart, as GitHub's secondary rate
 * limits ask. Each write reserves its slot atomically and then waits outside any lock, so
 * installations never wait for one another.
 */
final class WritePacer {

  private static final int MAX_TRACKED = 50_000;

  private final Duration interval;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ConcurrentMap<Long, Instant> nextSlot = new ConcurrentHashMap<>();

  WritePacer(Duration interval, Clock clock, Sleeper sleeper) {
    this.interval = interval;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Waits until {@code installationId} may write again, and reserves the following slot. */
  void awaitTurn(long installationId) throws InterruptedException {
    Instant now = clock.instant();
    if (nextSlot.size() > MAX_TRACKED) {
      // Slots in the past carry no information; forget them so the map stays bounded.
      nextSlot.values().removeIf(slot -> slot.isBefore(now));
    }
    Instant[] mine = new Instant[1];
    nextSlot.compute(
        installationId,
        (id, next) -> {
          mine[0] = next == null || next.isBefore(now) ? now : next;
          return mine[0].plus(interval);
        });
    Duration wait = Duration.between(now, mine[0]);
    if (!wait.isZero() && !wait.isNegative()) {
      sleeper.sleep(wait);
    }
  }
}
