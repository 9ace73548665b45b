package dev.botwright.internal.health;

import dev.botwright.internal.setup.SetupMode;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * Readiness: a bot waiting in setup mode for its GitHub App credentials answers webhooks with 503,
 * so it is not ready for them; it is alive, and serves the setup pages.
 */
@Singleton
final class SetupHealth implements HealthIndicator {

  static final String NAME = "botwright.setup";

  private final SetupMode setup;

  SetupHealth(SetupMode setup) {
    this.setup = setup;
  }

  @Override
  public Publisher<HealthResult> getResult() {
    boolean waiting = setup.isWaiting();
    return Publishers.just(
        HealthResult.builder(NAME, waiting ? HealthStatus.DOWN : HealthStatus.UP)
            .details(Map.of("waitingForCredentials", waiting))
            .build());
  }
}
