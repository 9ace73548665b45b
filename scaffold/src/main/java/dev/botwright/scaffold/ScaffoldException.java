package dev.botwright.scaffold;

/** A problem the user can fix, reported as one message without a stack trace. */
final class ScaffoldException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ScaffoldException(String message) {
    super(message);
  }

  ScaffoldException(String message, Throwable cause) {
    super(message, cause);
  }
}
