package dev.botwright.internal.logging;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.core.annotation.Internal;
import org.slf4j.LoggerFactory;

/**
 * Installs {@link LogGuard} when Micronaut's application context builder is made, before any
 * configuration is read, so the property sources Micronaut dumps at TRACE never reach a log line;
 * switches to JSON lines as early when the process environment asks for them. Listed in {@code
 * META-INF/services/io.micronaut.context.ApplicationContextConfigurer}.
 */
@Internal
public final class EarlyLogGuard implements ApplicationContextConfigurer {

  private static final boolean LOGBACK = present("ch.qos.logback.classic.LoggerContext");

  /** Used by Micronaut through {@link java.util.ServiceLoader}. */
  public EarlyLogGuard() {}

  @Override
  public void configure(ApplicationContextBuilder builder) {
    if (LOGBACK) {
      LogGuards.installInto(LoggerFactory.getILoggerFactory());
      LogFormat.early();
    }
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, EarlyLogGuard.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
