package dev.botwright.internal.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggerContextListener;
import io.micronaut.core.annotation.Internal;
import org.slf4j.ILoggerFactory;

/**
 * Puts {@link LogGuard} in front of Logback and keeps it there through every reset: Micronaut
 * resets Logback and reads its configuration again whenever a {@code logger.*} property is set
 * ({@code LOG_LEVEL} is one), and so do {@code scan="true"} and a reconfiguration by hand. It is
 * installed before Micronaut reads any configuration ({@link EarlyLogGuard}) and checked again once
 * the application runs ({@link LogbackGuard}).
 *
 * <p>Not a Logback {@code Configurator} service: Micronaut's refresh would then run only that
 * configurator and skip the application's {@code logback.xml}.
 */
@Internal
public final class LogGuards {

  private static final Object LOCK = new Object();

  private LogGuards() {}

  /** Installs the guard when {@code factory} is Logback's; does nothing for other backends. */
  static void installInto(ILoggerFactory factory) {
    if (factory instanceof LoggerContext context) {
      install(context);
    }
  }

  /**
   * Adds {@link LogGuard} to {@code context} unless it is there, and keeps it there through resets.
   * Safe to call more than once.
   */
  public static void install(LoggerContext context) {
    synchronized (LOCK) {
      if (context.getTurboFilterList().stream().noneMatch(LogGuard.class::isInstance)) {
        LogGuard guard = new LogGuard();
        guard.setContext(context);
        guard.start();
        context.getTurboFilterList().add(0, guard);
      }
      if (context.getCopyOfListenerList().stream().noneMatch(Reinstall.class::isInstance)) {
        context.addListener(new Reinstall());
      }
    }
  }

  /** Whether {@code context} has the guard. */
  public static boolean installed(LoggerContext context) {
    return context.getTurboFilterList().stream().anyMatch(LogGuard.class::isInstance);
  }

  /** Puts the guard back after Logback's reset removed every turbo filter. */
  private static final class Reinstall implements LoggerContextListener {

    @Override
    public boolean isResetResistant() {
      return true;
    }

    @Override
    public void onReset(LoggerContext context) {
      install(context);
      JsonLines.reset();
    }

    @Override
    public void onStart(LoggerContext context) {}

    @Override
    public void onStop(LoggerContext context) {}

    @Override
    public void onLevelChange(Logger logger, Level level) {}
  }
}
