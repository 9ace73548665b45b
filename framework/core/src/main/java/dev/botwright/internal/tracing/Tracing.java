package dev.botwright.internal.tracing;

import dev.botwright.spi.Delivery;
import io.micronaut.core.annotation.Internal;

/** Starts the engine's spans; {@link #NONE} when tracing is off. */
@Internal
public interface Tracing {

  /** Starts nothing. */
  Tracing NONE =
      new Tracing() {
        @Override
        public TraceSpan delivery(Delivery delivery, int attempt) {
          return TraceSpan.NONE;
        }

        @Override
        public TraceSpan handler(String handler) {
          return TraceSpan.NONE;
        }

        @Override
        public TraceSpan request(String method, String template) {
          return TraceSpan.NONE;
        }
      };

  /**
   * Starts the span of one attempt at a delivery, named {@code delivery <event>.<action>}, and
   * makes it current.
   */
  TraceSpan delivery(Delivery delivery, int attempt);

  /** Starts a handler's span, a child of the current one, and makes it current. */
  TraceSpan handler(String handler);

  /**
   * Starts the span of one logical GitHub request (retries included), a child of the current one.
   *
   * @param template the route template; a concrete path is recorded as {@code other}
   */
  TraceSpan request(String method, String template);
}
