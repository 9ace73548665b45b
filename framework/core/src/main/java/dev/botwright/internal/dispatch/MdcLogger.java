package dev.botwright.internal.dispatch;

import io.micronaut.core.annotation.Internal;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * A logger whose every call runs with the delivery's MDC set, so lines logged from threads a
 * handler starts itself still carry {@code deliveryId}, {@code event} and {@code installationId}.
 * Scheduled runs use it too, with their own keys.
 */
@Internal
public final class MdcLogger extends LegacyAbstractLogger {

  private static final long serialVersionUID = 1L;

  private final transient Logger delegate;
  private final transient Map<String, String> mdc;

  /** A logger writing through {@code delegate} with {@code mdc} set around every call. */
  public MdcLogger(Logger delegate, Map<String, String> mdc) {
    this.delegate = delegate;
    this.mdc = Map.copyOf(mdc);
    this.name = delegate.getName();
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return MdcLogger.class.getName();
  }

  @Override
  protected void handleNormalizedLoggingCall(
      Level level, Marker marker, String message, Object[] arguments, Throwable throwable) {
    try (Mdc ignored = Mdc.open(mdc)) {
      LoggingEventBuilder event = delegate.atLevel(level).setMessage(message);
      if (marker != null) {
        event = event.addMarker(marker);
      }
      if (arguments != null) {
        for (Object argument : arguments) {
          event = event.addArgument(argument);
        }
      }
      if (throwable != null) {
        event = event.setCause(throwable);
      }
      event.log();
    }
  }

  @Override
  public boolean isTraceEnabled() {
    return delegate.isTraceEnabled();
  }

  @Override
  public boolean isDebugEnabled() {
    return delegate.isDebugEnabled();
  }

  @Override
  public boolean isInfoEnabled() {
    return delegate.isInfoEnabled();
  }

  @Override
  public boolean isWarnEnabled() {
    return delegate.isWarnEnabled();
  }

  @Override
  public boolean isErrorEnabled() {
    return delegate.isErrorEnabled();
  }
}
