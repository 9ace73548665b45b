package dev.botwright.internal.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.CallerData;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * Logback's first filter for every log call, whatever the appenders and encoders: it drops the
 * lines of libraries known to write bodies, headers or resolved properties (see {@link Caps}), and
 * rewrites any other line whose message, exception or MDC would carry a secret ({@link Redaction})
 * so that it reaches the appenders masked. Botwright installs it by itself ({@link LogGuards});
 * naming it in {@code logback.xml} as {@code <turboFilter
 * class="dev.botwright.internal.logging.LogGuard"/>} is harmless.
 */
@Internal
public final class LogGuard extends TurboFilter {

  /** The frames of the logging machinery, skipped to find who logged a rewritten line. */
  private static final List<String> MACHINERY = List.of("ch.qos.logback.", "org.slf4j.");

  /** The rewritten line being handed to the appenders on this thread, if any. */
  private static final ThreadLocal<Boolean> REWRITING = new ThreadLocal<>();

  /**
   * Sees each logged line as the code wrote it, before it is masked: how the testing kit's leak
   * detector tells a bot author that their code tried to log a secret, which the appenders never
   * show. In-process code only; nothing outside the JVM can set it.
   */
  @Internal
  @FunctionalInterface
  public interface Witness {

    /** One enabled line, formatted, with its exception if any. */
    void saw(Level level, String logger, String message, @Nullable Throwable throwable);
  }

  @Nullable private static volatile Witness witness;

  /** Sets the one {@link Witness}, or removes it with {@code null}. */
  public static void witness(@Nullable Witness value) {
    witness = value;
  }

  /** Used by Logback when {@code logback.xml} names this filter. */
  public LogGuard() {
    setName(LogGuard.class.getSimpleName());
  }

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level == null || logger == null) {
      return FilterReply.NEUTRAL;
    }
    JsonLines.applyPending(logger.getLoggerContext());
    if (Caps.silences(logger.getName(), level, format)) {
      return FilterReply.DENY;
    }
    // Calls below the logger's level are decided later by Logback, without formatting anything.
    if (format == null
        || !level.isGreaterOrEqual(logger.getEffectiveLevel())
        || REWRITING.get() != null) {
      return FilterReply.NEUTRAL;
    }
    Throwable throwable = t;
    Object[] args = params;
    if (throwable == null && params != null && params.length > 0) {
      if (params[params.length - 1] instanceof Throwable last) {
        throwable = last;
      }
    }
    String message =
        args == null || args.length == 0
            ? format
            : MessageFormatter.arrayFormat(format, args, null).getMessage();
    if (Caps.dumps(message)) {
      return FilterReply.DENY;
    }
    Witness seeing = witness;
    if (seeing != null) {
      seeing.saw(level, logger.getName(), message, throwable);
    }
    String masked = Redaction.redact(message);
    Map<String, String> mdc = MDC.getCopyOfContextMap();
    Map<String, String> maskedMdc = maskedMdc(mdc);
    boolean throwableLeaks = throwable != null && RedactedThrowable.leaks(throwable);
    if (masked == message && maskedMdc == null && !throwableLeaks) {
      return FilterReply.NEUTRAL;
    }
    rewrite(marker, logger, level, masked, throwable, maskedMdc);
    return FilterReply.DENY;
  }

  private void rewrite(
      Marker marker,
      Logger logger,
      Level level,
      String message,
      Throwable throwable,
      Map<String, String> mdc) {
    LoggingEvent event =
        new LoggingEvent(Logger.class.getName(), logger, level, message, null, null);
    if (throwable != null) {
      event.setThrowableProxy(new RedactedThrowable(throwable));
    }
    if (marker != null) {
      event.addMarker(marker);
    }
    if (mdc != null) {
      event.setMDCPropertyMap(mdc);
    }
    LoggerContext context = logger.getLoggerContext();
    event.setCallerData(caller(context));
    REWRITING.set(Boolean.TRUE);
    try {
      logger.callAppenders(event);
    } finally {
      REWRITING.remove();
    }
  }

  private static Map<String, String> maskedMdc(Map<String, String> mdc) {
    if (mdc == null || mdc.isEmpty()) {
      return null;
    }
    Map<String, String> masked = null;
    for (Map.Entry<String, String> entry : mdc.entrySet()) {
      String value = Redaction.redact(entry.getValue());
      if (value != entry.getValue()) {
        masked = masked == null ? new HashMap<>(mdc) : masked;
        masked.put(entry.getKey(), value);
      }
    }
    return masked;
  }

  private static StackTraceElement[] caller(LoggerContext context) {
    return CallerData.extract(
        new Throwable(), Logger.class.getName(), context.getMaxCallerDataDepth(), MACHINERY);
  }
}
