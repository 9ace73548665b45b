package dev.botwright.internal.metrics;

import dev.botwright.internal.web.ClientAddress;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Makes every request look as if it came from another machine (192.0.2.7, TEST-NET-1). */
@Singleton
@Replaces(ClientAddress.class)
@Requires(property = "botwright.test.scrape-peer", value = "remote")
final class RemotePeer implements ClientAddress {

  @Override
  public InetAddress of(HttpRequest<?> request) {
    try {
      return InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 7});
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }
}
