package dev.botwright.redis;

import org.jspecify.annotations.Nullable;

/**
 * Redis did not answer in time or refused a command. Intake turns it into 503 with {@code
 * Retry-After}, so GitHub records a failed delivery that can be redelivered.
 */
public class RedisUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what could not be done
   * @param cause lettuce's exception, or null
   */
  public RedisUnavailableException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
