package dev.botwright.internal.reconcile;

import dev.botwright.spi.RedeliveryRequests;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Redelivery requests of one process, forgotten after their keeping time; Redis replaces it. */
@Singleton
@Requires(missingBeans = RedeliveryRequests.class)
final class LocalRedeliveryRequests implements RedeliveryRequests {

  private final Map<String, Kept> requests = new ConcurrentHashMap<>();
  private final Clock clock;

  private record Kept(Request request, Instant until) {}

  LocalRedeliveryRequests() {
    this(Clock.systemUTC());
  }

  LocalRedeliveryRequests(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Optional<Request> get(String guid) {
    Kept kept = requests.get(guid);
    return kept == null || !kept.until().isAfter(clock.instant())
        ? Optional.empty()
        : Optional.of(kept.request());
  }

  @Override
  public void put(String guid, Request request, Duration keep) {
    Instant now = clock.instant();
    requests.values().removeIf(kept -> !kept.until().isAfter(now));
    requests.put(guid, new Kept(request, request.at().plus(keep)));
  }
}
