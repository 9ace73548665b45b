package dev.botwright.internal.logging;

import dev.botwright.spi.Redactor;
import jakarta.inject.Singleton;

/** The {@link Redactor} bean: the same masking as the logs ({@link Redaction}). */
@Singleton
final class DefaultRedactor implements Redactor {

  @Override
  public String redact(String text) {
    return Redaction.redact(text);
  }
}
