package dev.botwright.internal.logging;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.logging.LogLevel;
import io.micronaut.logging.LoggingSystem;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the application logs through something other than Logback, {@link LogGuard} cannot run: the
 * libraries that dump bodies and resolved properties are set to INFO instead, and a warning says
 * that nothing else is masked.
 */
@Context
@Requires(missingClasses = "ch.qos.logback.classic.LoggerContext")
final class OtherLoggingSystems {

  private static final Logger LOG = LoggerFactory.getLogger(OtherLoggingSystems.class);

  static final List<String> DUMPING_LOGGERS =
      List.of(
          "io.micronaut.context.env",
          "io.micronaut.http.client",
          "io.lettuce.core.protocol",
          "io.netty.handler.logging.LoggingHandler");

  OtherLoggingSystems(List<LoggingSystem> systems) {
    for (String name : DUMPING_LOGGERS) {
      systems.forEach(system -> system.setLogLevel(name, LogLevel.INFO));
    }
    LOG.warn(
        "Logs do not go through Logback, so Botwright cannot mask secrets in them: keep LOG_LEVEL"
            + " at info or above, or log through Logback (see docs/operations.md, Logging).");
  }
}
