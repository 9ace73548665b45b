package dev.botwright.internal.proxy;

import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/** Where relayed deliveries go (this server, over loopback), and how the channel is logged. */
final class Loopback {

  private static final Set<String> ANY_ADDRESS = Set.of("0.0.0.0", "::", "[::]");

  private Loopback() {}

  /**
   * The webhook route of this server: on 127.0.0.1 when it listens on every address (the default),
   * else on the one address it was told to listen on. Never from {@code HOSTNAME}, which Micronaut
   * would report.
   */
  static URI webhookRoute(EmbeddedServer server, Optional<String> configuredHost, String path) {
    String host = configuredHost.filter(h -> !ANY_ADDRESS.contains(h)).orElse("127.0.0.1");
    if (host.contains(":") && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return URI.create(server.getScheme() + "://" + host + ":" + server.getPort() + path);
  }

  /** The channel without the user-info, query or fragment a URL may carry. */
  static String loggable(URI channel) {
    String port = channel.getPort() < 0 ? "" : ":" + channel.getPort();
    String path = channel.getRawPath() == null ? "" : channel.getRawPath();
    return channel.getScheme() + "://" + channel.getHost() + port + path;
  }
}
