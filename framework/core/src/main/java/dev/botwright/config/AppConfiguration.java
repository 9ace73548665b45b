package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The GitHub App's identity ({@code botwright.app.*}). Probot's {@code APP_ID}, {@code
 * PRIVATE_KEY}, {@code PRIVATE_KEY_PATH}, {@code GITHUB_CLIENT_ID} and {@code GITHUB_CLIENT_SECRET}
 * map onto these keys.
 */
@ConfigurationProperties("botwright.app")
public class AppConfiguration {

  // Volatile: setup mode replaces them in the running process (see CredentialsChanged).
  @Nullable private volatile String id;
  @Nullable private volatile String clientId;
  @Nullable private volatile String clientSecret;
  @Nullable private volatile String privateKey;
  @Nullable private volatile String privateKeyPath;

  /** The app's numeric id ({@code APP_ID}). */
  @Nullable
  public String getId() {
    return id;
  }

  public void setId(@Nullable String id) {
    this.id = blankToNull(id);
  }

  /** The app's client id ({@code GITHUB_CLIENT_ID}); when set it is the JWT issuer. */
  @Nullable
  public String getClientId() {
    return clientId;
  }

  public void setClientId(@Nullable String clientId) {
    this.clientId = blankToNull(clientId);
  }

  /** The app's client secret ({@code GITHUB_CLIENT_SECRET}), for user flows. */
  @Nullable
  public String getClientSecret() {
    return clientSecret;
  }

  public void setClientSecret(@Nullable String clientSecret) {
    this.clientSecret = blankToNull(clientSecret);
  }

  /**
   * The private key ({@code PRIVATE_KEY}): PEM text, PEM with escaped {@code \n}, or base64 of the
   * PEM; PKCS#1 or PKCS#8.
   */
  @Nullable
  public String getPrivateKey() {
    return privateKey;
  }

  public void setPrivateKey(@Nullable String privateKey) {
    this.privateKey = blankToNull(privateKey);
  }

  /** A file holding the private key ({@code PRIVATE_KEY_PATH}). */
  @Nullable
  public String getPrivateKeyPath() {
    return privateKeyPath;
  }

  public void setPrivateKeyPath(@Nullable String privateKeyPath) {
    this.privateKeyPath = blankToNull(privateKeyPath);
  }

  /** The JWT issuer: the client id when configured, else the app id. */
  @Nullable
  public String jwtIssuer() {
    String client = clientId;
    return client != null ? client : id;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  @Override
  public String toString() {
    return "AppConfiguration[id=" + id + ", clientId=" + clientId + "]";
  }
}
