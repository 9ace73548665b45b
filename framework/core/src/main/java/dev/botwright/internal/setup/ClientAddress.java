package dev.botwright.internal.setup;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetAddress;

/**
 * The address a request came from: the TCP peer, never {@code X-Forwarded-For} or other headers a
 * client can set. Replaceable so tests can stand in for another machine.
 */
interface ClientAddress {

  /** The peer's address, or null when the transport does not know it. */
  InetAddress of(HttpRequest<?> request);

  /** The socket's remote address. */
  @Singleton
  @Requires(missingBeans = ClientAddress.class)
  final class Socket implements ClientAddress {

    @Override
    public InetAddress of(HttpRequest<?> request) {
      return request.getRemoteAddress().getAddress();
    }
  }
}
