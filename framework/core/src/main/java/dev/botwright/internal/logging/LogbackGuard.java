package dev.botwright.internal.logging;

import ch.qos.logback.classic.LoggerContext;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import org.slf4j.LoggerFactory;

/**
 * Makes sure {@link LogGuard} is in place once the application runs, also for a context that was
 * not made through Micronaut's builder (where {@link EarlyLogGuard} runs).
 */
@Context
@Requires(classes = LoggerContext.class)
final class LogbackGuard {

  LogbackGuard() {
    LogGuards.installInto(LoggerFactory.getILoggerFactory());
  }
}
