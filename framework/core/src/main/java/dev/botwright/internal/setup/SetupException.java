package dev.botwright.internal.setup;

/** A setup step that failed; the message is shown on the page, so it never holds a secret. */
final class SetupException extends Exception {

  private static final long serialVersionUID = 1L;

  SetupException(String message) {
    super(message);
  }

  SetupException(String message, Throwable cause) {
    super(message, cause);
  }
}
