package dev.botwright.logging;

import ch.qos.logback.classic.LoggerContext;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import org.slf4j.LoggerFactory;

/**
 * Makes sure {@link LogGuard} is in place once the application runs, should Logback have been set
 * up without its service loader (a shaded jar that dropped {@code META-INF/services}, a context
 * configured by hand).
 */
@Context
@Requires(classes = LoggerContext.class)
final class LogbackGuard {

  LogbackGuard() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      LogGuardConfigurator.install(context);
    }
  }
}
