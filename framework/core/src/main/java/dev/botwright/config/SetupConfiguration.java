package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Setup mode ({@code botwright.setup.*}): while the app id or private key is missing, the server
 * serves a page that registers a GitHub App from {@code app.yml} instead of failing to start.
 * Production deployments set {@code enabled: false} so missing credentials stop start-up.
 */
@ConfigurationProperties("botwright.setup")
public class SetupConfiguration {

  /** Where registered credentials are written, relative to the working directory. */
  public static final String DEFAULT_CREDENTIALS_FILE = ".env";

  /** The manifest file, looked up in the working directory and then on the classpath. */
  public static final String DEFAULT_MANIFEST = "app.yml";

  private boolean enabled = true;
  @Nullable private String publicUrl;
  @Nullable private String webhookProxyUrl;
  private String credentialsFile = DEFAULT_CREDENTIALS_FILE;
  private String manifest = DEFAULT_MANIFEST;
  private boolean allowRemote;

  /** Whether missing credentials start setup mode (true) or fail start-up (false). */
  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * The URL GitHub and the browser reach this server at, e.g. {@code https://bot.example.com};
   * default {@code http://localhost:PORT}. Webhook and redirect URLs are built from it, never from
   * request headers, and its host is one of the bot's own names, which the setup pages require in
   * {@code Host} and {@code Origin}.
   */
  @Nullable
  public String getPublicUrl() {
    return publicUrl;
  }

  public void setPublicUrl(@Nullable String publicUrl) {
    this.publicUrl = AppConfiguration.blankToNull(publicUrl);
  }

  /** A webhook proxy (e.g. smee) that forwards to this server ({@code WEBHOOK_PROXY_URL}). */
  @Nullable
  public String getWebhookProxyUrl() {
    return webhookProxyUrl;
  }

  public void setWebhookProxyUrl(@Nullable String webhookProxyUrl) {
    this.webhookProxyUrl = AppConfiguration.blankToNull(webhookProxyUrl);
  }

  /** The dotenv file registered credentials are written to; default {@code .env}. */
  public String getCredentialsFile() {
    return credentialsFile;
  }

  public void setCredentialsFile(String credentialsFile) {
    this.credentialsFile =
        credentialsFile == null || credentialsFile.isBlank()
            ? DEFAULT_CREDENTIALS_FILE
            : credentialsFile;
  }

  /** The app manifest ({@code app.yml}) in GitHub's manifest format. */
  public String getManifest() {
    return manifest;
  }

  public void setManifest(String manifest) {
    this.manifest = manifest == null || manifest.isBlank() ? DEFAULT_MANIFEST : manifest;
  }

  /**
   * Whether the setup pages answer requests from other machines. Off by default: whoever completes
   * setup owns the bot, so only a browser on this machine may. Either way a request must name one
   * of the bot's own hosts (localhost, 127.0.0.1, [::1], the public URL's host).
   */
  public boolean isAllowRemote() {
    return allowRemote;
  }

  public void setAllowRemote(boolean allowRemote) {
    this.allowRemote = allowRemote;
  }

  /**
   * Whether the server should start in setup mode: setup is enabled and the app id or the private
   * key is missing. (A missing webhook secret alone is a start-up error: setup would not fix it.)
   */
  public boolean awaitsSetup(AppConfiguration app) {
    return enabled
        && (app.getId() == null
            || (app.getPrivateKey() == null && app.getPrivateKeyPath() == null));
  }
}
