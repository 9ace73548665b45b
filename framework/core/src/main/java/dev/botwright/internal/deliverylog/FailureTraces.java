package dev.botwright.internal.deliverylog;

import dev.botwright.DeliveryFailure;
import dev.botwright.internal.logging.StackTraces;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryListener;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps, for the delivery log page, when each attempt of a recent delivery ended and the stack
 * trace of each handler that failed (the journal keeps only {@code handler: message}). In this
 * process's memory and bounded: the last {@value #MAX_DELIVERIES} deliveries, {@value
 * #MAX_ATTEMPTS} attempts each, {@value #MAX_TRACE_CHARS} characters a trace, secrets masked.
 */
@Singleton
@Requires(property = "botwright.admin.token")
final class FailureTraces implements DeliveryListener {

  static final int MAX_DELIVERIES = 500;
  static final int MAX_ATTEMPTS = 10;
  static final int MAX_TRACE_CHARS = 8_000;

  private final Clock clock;
  private final Map<String, List<Attempt>> byDelivery =
      new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Attempt>> eldest) {
          return size() > MAX_DELIVERIES;
        }
      };

  FailureTraces() {
    this(Clock.systemUTC());
  }

  FailureTraces(Clock clock) {
    this.clock = clock;
  }

  /** One attempt as this process saw it end. */
  record Attempt(Instant endedAt, int handlers, List<Trace> failures) {}

  /** One handler's failure: its name and its masked, bounded stack trace. */
  record Trace(String handler, String stackTrace) {}

  @Override
  public void finished(Delivery delivery, int handlers, Optional<DeliveryFailure> failure) {
    List<Trace> traces =
        failure.map(DeliveryFailure::failures).orElse(List.of()).stream()
            .map(f -> new Trace(f.handler(), StackTraces.masked(f.error(), MAX_TRACE_CHARS)))
            .toList();
    Attempt attempt = new Attempt(clock.instant(), handlers, traces);
    synchronized (byDelivery) {
      List<Attempt> attempts = byDelivery.computeIfAbsent(delivery.id(), id -> new ArrayList<>());
      attempts.add(attempt);
      if (attempts.size() > MAX_ATTEMPTS) {
        attempts.remove(0);
      }
    }
  }

  /** The attempts of {@code id} this process ran, oldest first. */
  List<Attempt> of(String id) {
    synchronized (byDelivery) {
      return List.copyOf(byDelivery.getOrDefault(id, List.of()));
    }
  }
}
