package dev.botwright.internal.logging;

import ch.qos.logback.classic.LoggerContext;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code botwright.log.format} ({@code LOG_FORMAT}, Probot's variable) at start-up: {@code
 * json} for one JSON object per line ({@link JsonLines}), {@code pretty} or {@code text} (the
 * default) for the lines the application's {@code logback.xml} describes.
 */
@Context
@Requires(classes = LoggerContext.class)
final class LogFormat {

  static final String PROPERTY = "botwright.log.format";

  LogFormat(@Value("${" + PROPERTY + ":text}") String format) {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      JsonLines.use(json(format), context);
    }
  }

  /**
   * Before any configuration is read: {@code LOG_FORMAT=json} or {@code BOTWRIGHT_LOG_FORMAT=json}
   * in the environment (or the system property) makes the lines Micronaut logs while it starts JSON
   * too. A {@code .env} file or {@code application.yml} takes effect once the bean is made.
   */
  static void early() {
    String format = System.getProperty(PROPERTY);
    if (format == null) {
      format = System.getenv("BOTWRIGHT_LOG_FORMAT");
    }
    if (format == null) {
      format = System.getenv("LOG_FORMAT");
    }
    if ("json".equalsIgnoreCase(format == null ? null : format.trim())
        && LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      JsonLines.use(true, context);
    }
  }

  private static boolean json(String format) {
    return switch (format.trim().toLowerCase(Locale.ROOT)) {
      case "json" -> true;
      case "text", "pretty", "" -> false;
      default ->
          throw new IllegalArgumentException(
              "LOG_FORMAT ("
                  + PROPERTY
                  + ") is '"
                  + format
                  + "': set it to json for one JSON object per line, or leave it unset (text).");
    };
  }
}
