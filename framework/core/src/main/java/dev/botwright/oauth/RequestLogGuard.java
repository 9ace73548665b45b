package dev.botwright.oauth;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.logging.LogLevel;
import io.micronaut.logging.LoggingSystem;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Micronaut's request loggers write each request's URL, query included, at DEBUG, and GitHub's
 * redirect to the sign-in callback carries the one-time code there. With sign-in on, those loggers
 * are kept at INFO so {@code LOG_LEVEL=debug} never writes a code to the logs.
 */
@Context
@Requires(property = "botwright.oauth.enabled", value = "true")
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
        LOG.info("{} logs request URLs at DEBUG, which hold OAuth codes: kept at INFO", name);
      }
    }
  }
}
