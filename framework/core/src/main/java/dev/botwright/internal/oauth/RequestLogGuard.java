package dev.botwright.internal.oauth;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.logging.LogLevel;
import io.micronaut.logging.LoggingSystem;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Micronaut's request loggers write each request's URL, query included, at DEBUG, and GitHub's
 * redirects carry one-time codes and states there (the sign-in callback, the installation setup
 * callback, the manifest conversion of setup mode). Those loggers are kept at INFO so {@code
 * LOG_LEVEL=debug} never writes a code to the logs; set {@code botwright.logging.request-urls=true}
 * to see them while debugging routing on a machine whose logs stay private. With Logback, {@code
 * dev.botwright.internal.logging.LogGuard} holds the same line whatever later changes these
 * loggers' levels (Micronaut's logging refresh when {@code LOG_LEVEL} is set), and masks codes and
 * states even when URLs are allowed; this class covers the other logging backends.
 */
@Context
@Requires(property = "botwright.logging.request-urls", notEquals = "true")
final class RequestLogGuard {

  private static final Logger LOG = LoggerFactory.getLogger(RequestLogGuard.class);

  static final List<String> URL_LOGGERS =
      List.of(
          "io.micronaut.http.server.netty.NettyRequestLifecycle",
          "io.micronaut.http.server.netty.RoutingInBoundHandler",
          "io.micronaut.context.event.ApplicationEventPublisher");

  RequestLogGuard(List<LoggingSystem> loggingSystems) {
    for (String name : URL_LOGGERS) {
      if (LoggerFactory.getLogger(name).isDebugEnabled()) {
        loggingSystems.forEach(system -> system.setLogLevel(name, LogLevel.INFO));
        LOG.info(
            "{} logs request URLs at DEBUG, which hold OAuth codes and states: kept at INFO", name);
      }
    }
  }
}
