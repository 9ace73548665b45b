package dev.botwright.json;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures what {@link JsonInput} logs while open, at DEBUG whatever the test configuration says.
 *
 * <pre>{@code
 * try (JsonInputLog log = JsonInputLog.capture()) { ...; assertThat(log.messages()) ... }
 * }</pre>
 */
public final class JsonInputLog implements AutoCloseable {

  private final Logger logger = (Logger) LoggerFactory.getLogger(JsonInput.class);
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Level level = logger.getLevel();

  private JsonInputLog() {
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.DEBUG);
  }

  /** Starts capturing. */
  public static JsonInputLog capture() {
    return new JsonInputLog();
  }

  /** Every message logged so far, formatted, each with its level, e.g. {@code DEBUG issue.body}. */
  public List<String> messages() {
    return appender.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    logger.setLevel(level);
  }
}
