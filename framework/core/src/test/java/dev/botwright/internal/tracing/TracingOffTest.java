package dev.botwright.internal.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.opentelemetry.api.OpenTelemetry;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * OpenTelemetry's API is on this test class path, but without an {@link OpenTelemetry} bean (the
 * application added no tracing module) Botwright starts no span.
 */
@MicronautTest(startApplication = false)
class TracingOffTest {

  @Inject ApplicationContext context;
  @Inject Tracing tracing;

  @Test
  void withoutAnOpenTelemetryBeanNoTracerExistsAndNothingIsRecorded() {
    assertThat(context.containsBean(OpenTelemetry.class)).isFalse();
    assertThat(context.containsBean(OpenTelemetryTracing.class)).isFalse();
    assertThat(tracing).isSameAs(Tracing.NONE);
    assertThat(tracing.handler("h")).isSameAs(TraceSpan.NONE);
    assertThat(tracing.request("GET", "/app")).isSameAs(TraceSpan.NONE);
  }
}
