package dev.botwright.internal.states;

import dev.botwright.config.StatesConfiguration;
import dev.botwright.spi.OneTimeStates;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Internal;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Used states in this process's memory, indexed by expiry: expired ones are dropped first (the
 * queue's head), and once {@code botwright.states.max-remembered} are held the one closest to its
 * expiry is forgotten to make room. A flood therefore never locks users out; it can only shorten
 * how long the oldest states are remembered. Public only so the Redis variant can fall back on it
 * while Redis is unreachable.
 */
@Internal
@Singleton
@Requires(missingBeans = OneTimeStates.class)
public final class InMemoryOneTimeStates implements OneTimeStates {

  private static final Logger LOG = LoggerFactory.getLogger(InMemoryOneTimeStates.class);

  private record Used(String key, long expiresAt) {}

  private final int capacity;
  private final Clock clock;
  private final Map<String, Long> used = new HashMap<>();
  private final PriorityQueue<Used> byExpiry =
      new PriorityQueue<>((a, b) -> Long.compare(a.expiresAt(), b.expiresAt()));
  private boolean warned;

  /** Bounded by {@code botwright.states.max-remembered}. */
  @Inject
  public InMemoryOneTimeStates(StatesConfiguration config) {
    this(config.getMaxRemembered(), Clock.systemUTC());
  }

  InMemoryOneTimeStates(int capacity, Clock clock) {
    this.capacity = capacity;
    this.clock = clock;
  }

  @Override
  public synchronized boolean useOnce(String purpose, String id, Instant expiresAt) {
    long now = clock.millis();
    long expiry = expiresAt.toEpochMilli();
    if (expiry <= now) {
      return false;
    }
    while (!byExpiry.isEmpty() && byExpiry.peek().expiresAt() <= now) {
      used.remove(byExpiry.poll().key());
    }
    String key = purpose + ':' + id;
    if (used.containsKey(key)) {
      return false;
    }
    if (used.size() >= capacity) {
      used.remove(byExpiry.poll().key());
      if (!warned) {
        warned = true;
        LOG.warn(
            "{} unexpired single-use states are remembered (botwright.states.max-remembered):"
                + " the oldest are forgotten early. Many callbacks are arriving; with several"
                + " processes or more traffic, turn on Redis.",
            capacity);
      }
    } else if (warned && used.size() < capacity / 2) {
      warned = false;
    }
    used.put(key, expiry);
    byExpiry.add(new Used(key, expiry));
    return true;
  }

  /** How many states are remembered now. */
  synchronized int size() {
    return used.size();
  }
}
