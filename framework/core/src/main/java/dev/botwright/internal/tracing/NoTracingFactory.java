package dev.botwright.internal.tracing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/** {@link Tracing#NONE} for a bot without OpenTelemetry, or with Botwright's spans turned off. */
@Factory
final class NoTracingFactory {

  @Singleton
  @Secondary
  Tracing noTracing() {
    return Tracing.NONE;
  }
}
