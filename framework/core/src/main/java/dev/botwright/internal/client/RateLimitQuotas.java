package dev.botwright.internal.client;

import io.micronaut.core.annotation.Internal;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What GitHub's last answer to each installation said of its primary rate limit ({@code
 * x-ratelimit-remaining} until {@code x-ratelimit-reset}), so that work that can wait (scheduled
 * runs) leaves an installation alone while it is nearly out of requests. Every installation client
 * records into it; nothing is asked of GitHub for it.
 */
@Internal
@Singleton
public final class RateLimitQuotas {

  /** Installations remembered at most; past it, entries whose reset has passed are dropped. */
  static final int MAX_ENTRIES = 20_000;

  private record Quota(int remaining, Instant reset) {}

  private final Map<Long, Quota> quotas = new ConcurrentHashMap<>();

  /** Remembers an answer's headers, if it has both. */
  void record(long installationId, HttpExchange answer) {
    var remaining = answer.header("x-ratelimit-remaining");
    var reset = answer.header("x-ratelimit-reset");
    if (remaining.isEmpty() || reset.isEmpty()) {
      return;
    }
    try {
      record(
          installationId,
          Integer.parseInt(remaining.get().trim()),
          Instant.ofEpochSecond(Long.parseLong(reset.get().trim())));
    } catch (NumberFormatException ignored) {
      // A header GitHub never sends this way says nothing useful.
    }
  }

  /** Remembers that {@code installationId} has {@code remaining} requests until {@code reset}. */
  public void record(long installationId, int remaining, Instant reset) {
    if (quotas.size() >= MAX_ENTRIES) {
      Instant now = Instant.now();
      quotas.values().removeIf(q -> q.reset().isBefore(now));
      if (quotas.size() >= MAX_ENTRIES) {
        quotas.clear();
      }
    }
    quotas.put(installationId, new Quota(remaining, reset));
  }

  /** The requests {@code installationId} has left at {@code now}; empty when unknown or reset. */
  public OptionalInt remaining(long installationId, Instant now) {
    Quota quota = quotas.get(installationId);
    if (quota == null || !quota.reset().isAfter(now)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(quota.remaining());
  }
}
