package dev.botwright.oauth;

/**
 * Signing a user in failed. The message is safe to show to the user (it never holds the code, a
 * token or the client secret); {@link #status()} is the HTTP status to answer with: 400 when the
 * request or the user's account cannot work, 429 when this client made too many sign-in callbacks,
 * 502 when GitHub failed or could not be reached.
 */
public class SignInException extends RuntimeException {

  private final int status;

  /**
   * @param status the HTTP status to answer with
   * @param message what went wrong and what to do, without secrets
   */
  public SignInException(int status, String message) {
    super(message);
    this.status = status;
  }

  /**
   * @param status the HTTP status to answer with
   * @param message what went wrong and what to do, without secrets
   * @param cause the underlying error
   */
  public SignInException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The HTTP status to answer with: 400, 429, 500 or 502. */
  public int status() {
    return status;
  }
}
