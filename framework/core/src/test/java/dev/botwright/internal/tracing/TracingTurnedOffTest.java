package dev.botwright.internal.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

/** An application with an OpenTelemetry bean can still turn Botwright's spans off. */
@MicronautTest(startApplication = false)
@Property(name = "spec.name", value = "TracingTurnedOffTest")
@Property(name = "botwright.tracing.enabled", value = "false")
class TracingTurnedOffTest {

  static final InMemorySpanExporter EXPORTER = InMemorySpanExporter.create();

  @Factory
  @Requires(property = "spec.name", value = "TracingTurnedOffTest")
  static class Otel {
    @Singleton
    OpenTelemetry openTelemetry() {
      return OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder()
                  .addSpanProcessor(SimpleSpanProcessor.create(EXPORTER))
                  .build())
          .build();
    }
  }

  @Inject ApplicationContext context;
  @Inject Tracing tracing;

  @Test
  void botwrightTracingEnabledFalseDropsBotwrightsSpans() {
    assertThat(context.containsBean(OpenTelemetry.class)).isTrue();
    assertThat(context.containsBean(OpenTelemetryTracing.class)).isFalse();
    assertThat(tracing).isSameAs(Tracing.NONE);
    tracing.handler("h").close();
    assertThat(EXPORTER.getFinishedSpanItems()).isEmpty();
  }
}
