package dev.botwright.internal.client;

import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Sends one HTTP request and returns whatever status came back. */
interface Transport extends AutoCloseable {

  /**
   * @param method the HTTP method
   * @param uri the absolute URI, already checked to be on the configured host
   * @param headers request headers
   * @param body the body, or {@code null} for none
   * @return the answer, for any status
   * @throws TransportException when no answer came (connection refused, timeout...)
   */
  HttpExchange send(String method, URI uri, Map<String, String> headers, byte @Nullable [] body);

  /**
   * {@link #send(String, URI, Map, byte[])} knowing the route the request was made from; a
   * transport that answers by route (the dry run) overrides this one.
   */
  default HttpExchange send(
      Route route, URI uri, Map<String, String> headers, byte @Nullable [] body) {
    return send(route.method(), uri, headers, body);
  }

  @Override
  void close();

  /** No HTTP answer was received. */
  final class TransportException extends RuntimeException {
    private final boolean maybeProcessed;

    TransportException(String message, @Nullable Throwable cause, boolean maybeProcessed) {
      super(message, cause);
      this.maybeProcessed = maybeProcessed;
    }

    /** Whether GitHub may have received and acted on the request (a read timeout). */
    boolean maybeProcessed() {
      return maybeProcessed;
    }
  }
}
