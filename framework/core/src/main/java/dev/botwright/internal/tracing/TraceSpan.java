package dev.botwright.internal.tracing;

import io.micronaut.core.annotation.Internal;

/**
 * One span, open until {@link #close}; the delivery and handler spans are the thread's current
 * context while open, so what starts inside them becomes their child. Close it on the thread that
 * opened it.
 */
@Internal
public interface TraceSpan extends AutoCloseable {

  /** A span that records nothing. */
  TraceSpan NONE =
      new TraceSpan() {
        @Override
        public void attribute(String key, String value) {}

        @Override
        public void attribute(String key, long value) {}

        @Override
        public void failed(Throwable error) {}

        @Override
        public void close() {}
      };

  /** Sets an attribute; the value must hold no secret (see {@link SpanAttributes}). */
  void attribute(String key, String value);

  void attribute(String key, long value);

  /** Marks the span as an error and records the exception's type and masked message. */
  void failed(Throwable error);

  @Override
  void close();
}
