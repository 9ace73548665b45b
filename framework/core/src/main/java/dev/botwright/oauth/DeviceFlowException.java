package dev.botwright.oauth;

/**
 * The device flow ended without a token. {@link #outcome()} says why; the message says what to do.
 */
public class DeviceFlowException extends RuntimeException {

  /** Why the device flow ended without a token. */
  public enum Outcome {
    /** The user clicked "Cancel" on GitHub's page ({@code access_denied}). */
    ACCESS_DENIED,
    /**
     * The code expired before the user entered it ({@code expired_token}, or {@code expires_in}).
     */
    EXPIRED_TOKEN,
    /** The app's settings do not enable the device flow ({@code device_flow_disabled}). */
    DEVICE_FLOW_DISABLED,
    /** The client id is wrong ({@code incorrect_client_credentials}). */
    INCORRECT_CLIENT_CREDENTIALS,
    /** GitHub does not know the device code ({@code incorrect_device_code}). */
    INCORRECT_DEVICE_CODE,
    /** GitHub could not be reached, failed, or answered something unexpected. */
    GITHUB_ERROR
  }

  private final Outcome outcome;

  /**
   * @param outcome why the flow ended
   * @param message what happened and what to do
   * @param cause the underlying error, if any
   */
  public DeviceFlowException(Outcome outcome, String message, Throwable cause) {
    super(message, cause);
    this.outcome = outcome;
  }

  /** Why the flow ended. */
  public Outcome outcome() {
    return outcome;
  }
}
