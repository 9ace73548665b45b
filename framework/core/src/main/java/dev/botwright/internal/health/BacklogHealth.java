package dev.botwright.internal.health;

import dev.botwright.config.HealthConfiguration;
import dev.botwright.internal.queue.DeliveryRunner;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * The dispatch backlog: above {@code botwright.health.backlog-threshold} unfinished deliveries it
 * reports {@link #BACKLOG}, a status that is neither up nor down, so {@code /health} shows it while
 * every endpoint still answers 200. A bot draining a backlog is alive and keeps taking webhooks
 * (intake answers 503 by itself once the queue is full); restarting it or taking it out of a
 * Service would only lose time, or deliveries GitHub never retries.
 */
@Singleton
final class BacklogHealth implements HealthIndicator {

  static final String NAME = "botwright.backlog";

  /** Ranks above UP and below DOWN in Micronaut's aggregation; not mapped to an error status. */
  static final HealthStatus BACKLOG =
      new HealthStatus(
          "BACKLOG", "more unfinished deliveries than botwright.health.backlog-threshold", null, 1);

  private final DeliveryRunner runner;
  private final int threshold;

  BacklogHealth(DeliveryRunner runner, HealthConfiguration health) {
    this.runner = runner;
    this.threshold = health.getBacklogThreshold();
  }

  @Override
  public Publisher<HealthResult> getResult() {
    int pending = runner.pending();
    return Publishers.just(
        HealthResult.builder(NAME, pending > threshold ? BACKLOG : HealthStatus.UP)
            .details(Map.of("unfinished", pending, "threshold", threshold))
            .build());
  }
}
