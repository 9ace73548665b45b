package dev.botwright.docs;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.inject.Singleton;

/**
 * Where Micronaut's OpenTelemetry module sends the spans in {@link TracingBotTest}: a span
 * processor bean, which the module adds to the SDK it builds, over an in-memory exporter.
 */
@Factory
@Requires(property = "docs.in-memory-spans", value = "true")
class InMemorySpans {

  @Singleton
  InMemorySpanExporter exporter() {
    return InMemorySpanExporter.create();
  }

  @Singleton
  SpanProcessor processor(InMemorySpanExporter exporter) {
    return SimpleSpanProcessor.create(exporter);
  }
}
