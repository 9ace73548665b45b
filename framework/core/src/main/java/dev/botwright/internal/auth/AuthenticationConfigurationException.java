package dev.botwright.internal.auth;

import io.micronaut.core.annotation.Internal;
import org.jspecify.annotations.Nullable;

/**
 * The app's credentials are missing or unusable: no private key, a key in the wrong format, a file
 * that cannot be read, or an app id GitHub does not accept. The message says what to change; it
 * never contains key material or tokens.
 */
@Internal
public final class AuthenticationConfigurationException extends RuntimeException {

  private final String environmentVariable;

  /**
   * @param environmentVariable the setting to fix, in its environment-variable spelling (e.g.
   *     {@code PRIVATE_KEY_PATH})
   * @param message what was wrong and what to do, without secrets
   * @param cause the underlying error, if it holds no secrets; else {@code null}
   */
  public AuthenticationConfigurationException(
      String environmentVariable, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.environmentVariable = environmentVariable;
  }

  /** The setting to fix, e.g. {@code PRIVATE_KEY}, {@code PRIVATE_KEY_PATH} or {@code APP_ID}. */
  public String environmentVariable() {
    return environmentVariable;
  }
}
