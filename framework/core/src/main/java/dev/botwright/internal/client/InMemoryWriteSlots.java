package dev.botwright.internal.client;

import dev.botwright.spi.WriteSlots;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The write slots of one process, the default {@link WriteSlots}: one map entry per installation,
 * bounded.
 */
@Singleton
@Requires(missingBeans = WriteSlots.class)
final class InMemoryWriteSlots implements WriteSlots {

  private static final int MAX_TRACKED = 50_000;

  private final Clock clock;
  private final ConcurrentMap<Long, Instant> nextSlot = new ConcurrentHashMap<>();

  @Inject
  InMemoryWriteSlots() {
    this(Clock.systemUTC());
  }

  InMemoryWriteSlots(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Duration reserve(long installationId, Duration interval) {
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
    return Duration.between(now, mine[0]);
  }
}
