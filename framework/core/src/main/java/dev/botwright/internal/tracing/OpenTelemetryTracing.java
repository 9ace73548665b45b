package dev.botwright.internal.tracing;

import dev.botwright.internal.logging.Redaction;
import dev.botwright.internal.metrics.GitHubRoutes;
import dev.botwright.spi.Delivery;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Internal;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

/**
 * Botwright's spans through the application's {@link OpenTelemetry} bean (Micronaut's tracing
 * module configures it and its exporter). Without that module on the class path this class is never
 * loaded; {@code botwright.tracing.enabled=false} turns it off while the module traces the rest.
 */
@Internal
@Singleton
@Requires(classes = OpenTelemetry.class)
@Requires(beans = OpenTelemetry.class)
@Requires(property = "botwright.tracing.enabled", notEquals = "false")
public final class OpenTelemetryTracing implements Tracing {

  /** The instrumentation scope of Botwright's spans. */
  public static final String SCOPE = "dev.botwright";

  /** A route outside the known templates (a concrete path a bot wrote). */
  static final String OTHER_ROUTE = "other";

  private final Tracer tracer;

  public OpenTelemetryTracing(OpenTelemetry openTelemetry) {
    this.tracer = openTelemetry.getTracer(SCOPE);
  }

  @Override
  public TraceSpan delivery(Delivery delivery, int attempt) {
    Span span =
        tracer
            .spanBuilder("delivery " + delivery.eventKey())
            .setSpanKind(SpanKind.CONSUMER)
            .setAttribute(SpanAttributes.EVENT, delivery.event())
            .setAttribute(SpanAttributes.DELIVERY_ID, delivery.id())
            .setAttribute(SpanAttributes.ATTEMPT, attempt)
            .startSpan();
    String action = delivery.action();
    if (action != null) {
      span.setAttribute(SpanAttributes.ACTION, action);
    }
    if (delivery.installationId() != 0) {
      span.setAttribute(SpanAttributes.INSTALLATION_ID, delivery.installationId());
    }
    return current(span);
  }

  @Override
  public TraceSpan handler(String handler) {
    Span span =
        tracer
            .spanBuilder("handler " + handler)
            .setAttribute(SpanAttributes.HANDLER, handler)
            .startSpan();
    return current(span);
  }

  @Override
  public TraceSpan request(String method, String template) {
    String route = GitHubRoutes.isKnown(template) ? template : OTHER_ROUTE;
    Span span =
        tracer
            .spanBuilder(method + " " + route)
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute(SpanAttributes.METHOD, method)
            .setAttribute(SpanAttributes.ROUTE, route)
            .startSpan();
    return new OtelSpan(span, null);
  }

  // The scope is closed by the TraceSpan's close, which callers use in try-with-resources.
  @SuppressWarnings("MustBeClosedChecker")
  private static TraceSpan current(Span span) {
    return new OtelSpan(span, span.makeCurrent());
  }

  private record OtelSpan(Span span, @Nullable Scope scope) implements TraceSpan {

    @Override
    public void attribute(String key, String value) {
      span.setAttribute(key, value);
    }

    @Override
    public void attribute(String key, long value) {
      span.setAttribute(key, value);
    }

    @Override
    public void failed(Throwable error) {
      String type = error.getClass().getName();
      String message = error.getMessage();
      // Not recordException: its message and stack trace are the exception's own, unmasked.
      span.addEvent(
          "exception",
          message == null
              ? Attributes.builder().put("exception.type", type).build()
              : Attributes.builder()
                  .put("exception.type", type)
                  .put("exception.message", Redaction.redact(message))
                  .build());
      span.setStatus(StatusCode.ERROR, type);
    }

    @Override
    public void close() {
      if (scope != null) {
        scope.close();
      }
      span.end();
    }
  }
}
