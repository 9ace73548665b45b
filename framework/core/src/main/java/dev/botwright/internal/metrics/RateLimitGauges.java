package dev.botwright.internal.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * {@code botwright.github.rate.limit.remaining} for the {@code limit} installations that called
 * GitHub most recently, labelled with the installation id. A new installation past the limit
 * replaces the one whose last call is oldest, whose series is removed: the label set stays bounded
 * however many installations the app has.
 */
final class RateLimitGauges {

  private static final class Entry {
    final AtomicInteger remaining;
    final Gauge gauge;
    volatile long lastCall;

    Entry(AtomicInteger remaining, Gauge gauge) {
      this.remaining = remaining;
      this.gauge = gauge;
    }
  }

  private final MeterRegistry registry;
  private final int limit;
  private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong calls = new AtomicLong();

  RateLimitGauges(MeterRegistry registry, int limit) {
    this.registry = registry;
    this.limit = limit;
  }

  void record(long installationId, int remaining) {
    if (limit < 1) {
      return;
    }
    Entry entry = entries.get(installationId);
    if (entry == null) {
      entry = add(installationId);
    }
    entry.remaining.set(remaining);
    entry.lastCall = calls.incrementAndGet();
  }

  private synchronized Entry add(long installationId) {
    Entry present = entries.get(installationId);
    if (present != null) {
      return present;
    }
    if (entries.size() >= limit) {
      evictOldest();
    }
    AtomicInteger value = new AtomicInteger();
    Gauge gauge =
        Gauge.builder(MeterNames.RATE_LIMIT_REMAINING, value, AtomicInteger::get)
            .description(
                "Requests left in GitHub's primary rate limit, for the installations that called"
                    + " GitHub last")
            .tag("installation", Long.toString(installationId))
            .strongReference(true)
            .register(registry);
    Entry entry = new Entry(value, gauge);
    entries.put(installationId, entry);
    return entry;
  }

  private void evictOldest() {
    Map.@Nullable Entry<Long, Entry> oldest = null;
    for (Map.Entry<Long, Entry> candidate : entries.entrySet()) {
      if (oldest == null || candidate.getValue().lastCall < oldest.getValue().lastCall) {
        oldest = candidate;
      }
    }
    if (oldest != null) {
      entries.remove(oldest.getKey());
      registry.remove(oldest.getValue().gauge);
    }
  }
}
