package dev.botwright.internal.logging;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A failure's stack trace as text for an operator's page: each message masked through {@link
 * Redaction}, causes followed (each once), and the text bounded while it is built, so a deep or
 * recursive trace costs no more than its cut.
 */
public final class StackTraces {

  private StackTraces() {}

  /**
   * At most {@code maxChars} characters of {@code error}'s trace, then a line saying it was cut.
   */
  public static String masked(Throwable error, int maxChars) {
    StringBuilder text = new StringBuilder();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    String prefix = "";
    for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
      text.append(prefix).append(Redaction.redact(t.toString())).append('\n');
      for (StackTraceElement frame : t.getStackTrace()) {
        if (text.length() >= maxChars) {
          return text.substring(0, maxChars) + "\n\t... (cut)";
        }
        text.append("\tat ").append(frame).append('\n');
      }
      prefix = "Caused by: ";
    }
    return text.length() > maxChars
        ? text.substring(0, maxChars) + "\n\t... (cut)"
        : text.toString();
  }
}
