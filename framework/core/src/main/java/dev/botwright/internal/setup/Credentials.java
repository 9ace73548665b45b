package dev.botwright.internal.setup;

import dev.botwright.config.AppConfiguration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The credentials setup installs. {@code slug}, {@code htmlUrl}, {@code clientId} and {@code
 * clientSecret} are null for an imported app whose page did not ask for them.
 */
record Credentials(
    String appId,
    String privateKey,
    String webhookSecret,
    String clientId,
    String clientSecret,
    String slug,
    String htmlUrl) {

  /** The variables written to the credentials file, in Probot's names. */
  Map<String, String> variables() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("APP_ID", appId);
    values.put("PRIVATE_KEY", privateKey);
    values.put("WEBHOOK_SECRET", webhookSecret);
    putIfSet(values, "GITHUB_CLIENT_ID", clientId);
    putIfSet(values, "GITHUB_CLIENT_SECRET", clientSecret);
    putIfSet(values, "GITHUB_APP_SLUG", slug);
    putIfSet(values, "GITHUB_APP_URL", htmlUrl);
    return values;
  }

  /** Puts these credentials into the running configuration. */
  void applyTo(AppConfiguration app) {
    app.setPrivateKeyPath(null);
    app.setPrivateKey(privateKey);
    app.setClientId(clientId);
    app.setClientSecret(clientSecret);
    app.setId(appId);
  }

  private static void putIfSet(Map<String, String> values, String key, String value) {
    if (value != null) {
      values.put(key, value);
    }
  }

  @Override
  public String toString() {
    return "Credentials[appId=" + appId + ", slug=" + slug + "]";
  }
}
