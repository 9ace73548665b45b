package dev.botwright;

/**
 * Thrown by a handler to say that retrying the delivery cannot help (the issue is gone, the input
 * is invalid): the delivery ends as dead at once, keeping this error, instead of being retried. Any
 * other exception is retried with backoff up to the configured number of attempts.
 */
public class PermanentFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message why retrying cannot help; kept with the dead delivery, so never put a secret in
   *     it
   */
  public PermanentFailure(String message) {
    super(message);
  }

  /**
   * @param message why retrying cannot help
   * @param cause the underlying error
   */
  public PermanentFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
