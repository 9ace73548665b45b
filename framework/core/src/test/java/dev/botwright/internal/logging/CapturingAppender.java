package dev.botwright.internal.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps every event it is given, in one list shared by all its instances: Micronaut resets Logback
 * and builds new appenders from the configuration file while a context starts, and the events
 * logged before and after belong to one capture.
 */
public final class CapturingAppender extends AppenderBase<ILoggingEvent> {

  private static final List<ILoggingEvent> EVENTS = new CopyOnWriteArrayList<>();

  /** Every event captured since the last {@link #clear()}. */
  public static List<ILoggingEvent> events() {
    return List.copyOf(EVENTS);
  }

  public static void clear() {
    EVENTS.clear();
  }

  @Override
  protected void append(ILoggingEvent event) {
    // Message, MDC and thread are read now, on the thread that logged.
    event.prepareForDeferredProcessing();
    EVENTS.add(event);
  }
}
