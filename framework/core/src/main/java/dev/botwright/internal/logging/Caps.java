package dev.botwright.internal.logging;

import ch.qos.logback.classic.Level;
import java.util.List;

/**
 * The log output of libraries that write secrets as they go: resolved configuration values, HTTP
 * bodies and headers, wire dumps. They are silenced, not masked: a body split over lines or a hex
 * dump cannot be masked reliably, and nothing in them is needed to run a bot.
 */
final class Caps {

  /** A logger (and its children) and the most verbose level it is allowed to write. */
  private record Cap(String logger, Level quietest) {}

  /**
   * Micronaut's request loggers write each request's URL, query included, at DEBUG: GitHub's
   * redirects carry one-time codes and states there. Kept at INFO unless {@code
   * botwright.logging.request-urls=true}; even then codes and states are masked.
   */
  static final List<String> URL_LOGGERS =
      List.of(
          "io.micronaut.http.server.netty.NettyRequestLifecycle",
          "io.micronaut.http.server.netty.RoutingInBoundHandler",
          "io.micronaut.context.event.ApplicationEventPublisher");

  private static final List<Cap> CAPS =
      List.of(
          // Property sources as loaded (the whole YAML) and each resolved value.
          new Cap("io.micronaut.context.env", Level.DEBUG),
          // Bean resolution tracing: every injected property with its value.
          new Cap("io.micronaut.inject", Level.DEBUG),
          // Request and response bodies and headers (cookies included) of Micronaut's client.
          new Cap("io.micronaut.http.client", Level.DEBUG),
          // Redis commands and replies as sent and received (tokens, queued payloads).
          new Cap("io.lettuce.core.protocol", Level.DEBUG),
          // Wire dumps: Netty's LoggingHandler and the JDK's and Apache's HTTP clients.
          new Cap("io.netty.handler.logging.LoggingHandler", Level.OFF),
          new Cap("jdk.httpclient", Level.OFF),
          new Cap("jdk.internal.httpclient", Level.OFF),
          new Cap("org.apache.http.wire", Level.OFF),
          new Cap("org.apache.hc.client5.http.wire", Level.OFF));

  /**
   * Formats that print a configuration value, whatever class logs them (Micronaut's property
   * resolver logs through the class of the environment that extends it).
   */
  private static final List<String> VALUE_FORMATS = List.of("Resolved value [", "Processing YAML");

  /** The frame Netty draws around a hex dump of the bytes on the wire. */
  private static final String HEX_DUMP = "+-------------------------------------------------+";

  private Caps() {}

  /** Whether a call of {@code logger} at {@code level} with {@code format} is dropped. */
  static boolean silences(String logger, Level level, String format) {
    for (Cap cap : CAPS) {
      if (level.toInt() < cap.quietest().toInt() && capped(logger, cap.logger())) {
        return true;
      }
    }
    if (!LogOptions.requestUrls && level.toInt() < Level.INFO_INT && URL_LOGGERS.contains(logger)) {
      return true;
    }
    if (format != null && level.toInt() <= Level.DEBUG_INT) {
      for (String value : VALUE_FORMATS) {
        if (format.startsWith(value)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a formatted message holds a dump that no mask can make safe. */
  static boolean dumps(String message) {
    return message.contains(HEX_DUMP);
  }

  /**
   * Whether {@code logger} is {@code name} or a class nested in it; {@code io.micronaut.inject}
   * itself traces bean resolution, its sub-packages (qualifiers) print no values.
   */
  private static boolean capped(String logger, String name) {
    if (!logger.startsWith(name)) {
      return false;
    }
    if (logger.length() == name.length() || logger.charAt(name.length()) == '$') {
      return true;
    }
    return logger.charAt(name.length()) == '.' && !name.equals("io.micronaut.inject");
  }
}
