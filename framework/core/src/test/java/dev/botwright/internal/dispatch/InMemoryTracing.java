package dev.botwright.internal.dispatch;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.inject.Singleton;

/** What Micronaut's tracing module would declare, exporting to memory. */
@Factory
@Requires(property = "botwright.test.in-memory-tracing", value = "true")
class InMemoryTracing {

  @Singleton
  InMemorySpanExporter exporter() {
    return InMemorySpanExporter.create();
  }

  @Singleton
  OpenTelemetry openTelemetry(InMemorySpanExporter exporter) {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(
            SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                .build())
        .build();
  }
}
