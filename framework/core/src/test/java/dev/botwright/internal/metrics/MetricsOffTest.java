package dev.botwright.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** {@code botwright.metrics.enabled=false} turns Micronaut's metrics and the endpoint off too. */
@MicronautTest
@Property(name = "spec.name", value = "MetricsOffTest")
@Property(name = "botwright.test.fake-event-clients", value = "true")
@Property(name = "botwright.webhook.secrets", value = "metrics-secret")
@Property(name = "botwright.metrics.enabled", value = "false")
class MetricsOffTest {

  @Inject EmbeddedServer server;
  @Inject ApplicationContext context;
  @Inject BotwrightMetrics metrics;

  @Test
  void hasNoRegistryAndNoEndpointButTheEngineStillCounts() {
    metrics.delivery("issues", "opened", DeliveryOutcome.HANDLED);

    assertThat(context.findBean(MeterRegistry.class)).isEmpty();
    assertThat(Http.get(server.getURI().resolve("/prometheus")).statusCode()).isEqualTo(404);
  }
}
