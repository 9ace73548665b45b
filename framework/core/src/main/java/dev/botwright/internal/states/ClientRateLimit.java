package dev.botwright.internal.states;

import dev.botwright.config.StatesConfiguration;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts sign-in and install callbacks per client address in one-minute windows (the address as
 * Micronaut resolves it: set {@code micronaut.server.client-address-header} to the header your
 * proxy sets). Past {@code botwright.states.per-client-per-minute}, a client's callbacks are
 * refused until the window ends, before any state is remembered or any code is sent to GitHub. At
 * most {@value #MAX_CLIENTS} addresses are counted per window; beyond that new addresses pass
 * uncounted, so the limiter's own memory stays bounded and a flood of addresses never refuses real
 * users.
 */
@Singleton
public final class ClientRateLimit {

  static final int MAX_CLIENTS = 20_000;

  /** The window; a refused client may try again after it. */
  public static final Duration WINDOW = Duration.ofMinutes(1);

  private final int limit;
  private final HttpClientAddressResolver addresses;
  private final Clock clock;
  private volatile Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private volatile long windowStart;

  ClientRateLimit(StatesConfiguration config, HttpClientAddressResolver addresses) {
    this.limit = config.getPerClientPerMinute();
    this.addresses = addresses;
    this.clock = Clock.systemUTC();
    this.windowStart = clock.millis();
  }

  /** Counts one callback of {@code request}'s client; {@code false} once it is over the limit. */
  public boolean allow(HttpRequest<?> request) {
    if (limit == 0) {
      return true;
    }
    long now = clock.millis();
    if (now - windowStart >= WINDOW.toMillis()) {
      synchronized (this) {
        if (now - windowStart >= WINDOW.toMillis()) {
          counts = new ConcurrentHashMap<>();
          windowStart = now;
        }
      }
    }
    String client = addresses.resolve(request);
    Map<String, AtomicInteger> current = counts;
    AtomicInteger count = current.get(client == null ? "" : client);
    if (count == null) {
      if (current.size() >= MAX_CLIENTS) {
        return true;
      }
      count = current.computeIfAbsent(client == null ? "" : client, k -> new AtomicInteger());
    }
    return count.incrementAndGet() <= limit;
  }
}
