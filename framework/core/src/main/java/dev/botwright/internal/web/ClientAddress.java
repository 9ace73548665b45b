package dev.botwright.internal.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import org.jspecify.annotations.Nullable;

/**
 * The address a request came from, as the pages and endpoints that answer only this machine (setup,
 * the delivery log page, {@code /prometheus}) judge it: the TCP peer, never {@code X-Forwarded-For}
 * or other headers a client can set. Replaceable so tests can stand in for another machine.
 */
public interface ClientAddress {

  /** The peer's address, or null when the transport does not know it. */
  @Nullable InetAddress of(HttpRequest<?> request);

  /** Whether {@code peer} is this machine (127.0.0.0/8, ::1); an unknown peer is not. */
  static boolean isLocal(@Nullable InetAddress peer) {
    return peer != null && peer.isLoopbackAddress();
  }

  /** The socket's remote address. */
  @Singleton
  @Requires(missingBeans = ClientAddress.class)
  final class Socket implements ClientAddress {

    @Override
    public @Nullable InetAddress of(HttpRequest<?> request) {
      return request.getRemoteAddress().getAddress();
    }
  }
}
