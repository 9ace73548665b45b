package dev.botwright.internal.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.util.Iterator;

/**
 * {@code botwright.log.format=json} ({@code LOG_FORMAT=json}): every console appender writes one
 * JSON object per line through Logback's own {@link JsonEncoder}. Applied when the format is read
 * and again on the first line logged after each reset of Logback, once the configuration read by
 * that reset has attached its appenders again.
 *
 * <p>The encoder writes the masked, formatted message and leaves out what {@link LogGuard} cannot
 * see or rewrite: the format's arguments (a line without placeholders for them still carries them)
 * and SLF4J's key-value pairs; the logger context's properties are left out as noise.
 */
final class JsonLines {

  /** Whether lines are JSON. */
  private static volatile boolean json;

  /** Whether console appenders may still have their pattern (after {@link #use} or a reset). */
  private static volatile boolean pending;

  private JsonLines() {}

  /** Sets the format and switches the console appenders of {@code context} now. */
  static void use(boolean jsonLines, LoggerContext context) {
    json = jsonLines;
    pending = jsonLines;
    applyPending(context);
  }

  /** After a reset: the console appenders about to be read again still need the encoder. */
  static void reset() {
    pending = json;
  }

  /** Called for every log call; does work only after {@link #use} or a reset. */
  static void applyPending(LoggerContext context) {
    if (pending && apply(context)) {
      pending = false;
    }
  }

  /** Gives every console appender the JSON encoder; false while there is none yet. */
  private static boolean apply(LoggerContext context) {
    boolean found = false;
    for (Logger logger : context.getLoggerList()) {
      for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext(); ) {
        if (it.next() instanceof ConsoleAppender<ILoggingEvent> console) {
          found = true;
          if (!(console.getEncoder() instanceof JsonEncoder)) {
            console.setEncoder(encoder(context));
          }
        }
      }
    }
    return found;
  }

  /** Logback's JSON encoder with the fields Botwright's lines carry. */
  static JsonEncoder encoder(LoggerContext context) {
    JsonEncoder encoder = new JsonEncoder();
    encoder.setContext(context);
    encoder.setWithSequenceNumber(false);
    encoder.setWithNanoseconds(false);
    encoder.setWithContext(false);
    encoder.setWithMessage(false);
    encoder.setWithArguments(false);
    encoder.setWithKVPList(false);
    encoder.setWithFormattedMessage(true);
    encoder.start();
    return encoder;
  }
}
