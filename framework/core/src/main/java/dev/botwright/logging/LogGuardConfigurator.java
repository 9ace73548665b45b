package dev.botwright.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.spi.ContextAwareBase;
import io.micronaut.core.annotation.Internal;

/**
 * Puts {@link LogGuard} in front of every Logback context before any configuration file is read,
 * through Logback's {@link Configurator} service (listed in {@code META-INF/services}), and again
 * after every reset (a reconfiguration, {@code scan="true"}, Micronaut's {@code logger.config}). It
 * configures nothing else: the application's own {@code logback.xml} (or Logback's default) still
 * runs next.
 */
@Internal
@ConfiguratorRank(ConfiguratorRank.CUSTOM_TOP_PRIORITY)
public final class LogGuardConfigurator extends ContextAwareBase implements Configurator {

  private static final Object LOCK = new Object();

  /** Used by Logback through {@link java.util.ServiceLoader}. */
  public LogGuardConfigurator() {}

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    install(context);
    return ExecutionStatus.INVOKE_NEXT_IF_ANY;
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
    }

    @Override
    public void onStart(LoggerContext context) {}

    @Override
    public void onStop(LoggerContext context) {}

    @Override
    public void onLevelChange(Logger logger, Level level) {}
  }
}
