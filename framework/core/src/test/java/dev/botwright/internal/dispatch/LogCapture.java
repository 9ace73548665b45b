package dev.botwright.internal.dispatch;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures what is logged through logback's root logger while attached. */
public final class LogCapture {

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  private LogCapture() {}

  public static LogCapture attach() {
    LogCapture capture = new LogCapture();
    capture.appender.start();
    root().addAppender(capture.appender);
    return capture;
  }

  public void detach() {
    root().detachAppender(appender);
  }

  public List<ILoggingEvent> events() {
    return List.copyOf(appender.list);
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
