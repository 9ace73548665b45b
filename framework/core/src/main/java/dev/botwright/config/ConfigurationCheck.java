package dev.botwright.config;

import dev.botwright.BotwrightConfigurationException;
import dev.botwright.auth.AuthenticationConfigurationException;
import dev.botwright.auth.PrivateKeys;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Internal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the settings every bot needs once, at start-up (the private key is read, so a wrong one
 * fails here rather than at the first event), and fails with one message that lists every problem
 * (see {@link BotwrightConfigurationException}).
 */
@Context
@Internal
public class ConfigurationCheck {

  ConfigurationCheck(
      AppConfiguration app, WebhookConfiguration webhook, GitHubApiConfiguration github) {
    List<String> problems = problems(app, webhook, github);
    if (!problems.isEmpty()) {
      throw new BotwrightConfigurationException(problems);
    }
  }

  static List<String> problems(
      AppConfiguration app, WebhookConfiguration webhook, GitHubApiConfiguration github) {
    List<String> problems = new ArrayList<>();
    if (app.getId() == null) {
      problems.add(
          "botwright.app.id (environment variable APP_ID) is not set: use the App ID shown on"
              + " the GitHub App's settings page.");
    }
    if (app.getPrivateKey() != null || app.getPrivateKeyPath() != null) {
      try {
        PrivateKeys.load(app);
      } catch (AuthenticationConfigurationException e) {
        problems.add(e.getMessage());
      }
    } else {
      problems.add(
          "botwright.app.private-key or botwright.app.private-key-path (PRIVATE_KEY or"
              + " PRIVATE_KEY_PATH) is not set: generate a private key on the GitHub App's"
              + " settings page and give its PEM text or file.");
    }
    if (webhook.getSecrets().isEmpty()) {
      problems.add(
          "botwright.webhook.secrets (WEBHOOK_SECRET) is not set: use the webhook secret from"
              + " the GitHub App's settings page. Botwright never accepts unsigned webhooks.");
    }
    if (!webhook.getPath().startsWith("/")) {
      problems.add(
          "botwright.webhook.path (WEBHOOK_PATH) is '"
              + webhook.getPath()
              + "': it must start with '/', e.g. /api/github/webhooks.");
    }
    String protocol = github.getGheProtocol();
    if (!protocol.equals("https") && !protocol.equals("http")) {
      problems.add(
          "botwright.github.ghe-protocol (GHE_PROTOCOL) is '"
              + protocol
              + "': use 'https' (or 'http' for a test server).");
    }
    if (github.getApiUrl() != null && !isHttpUrl(github.getApiUrl())) {
      problems.add(
          "botwright.github.api-url (GITHUB_API_URL) is '"
              + github.getApiUrl()
              + "': use an absolute http(s) URL such as https://api.github.com.");
    }
    return problems;
  }

  private static boolean isHttpUrl(String url) {
    try {
      URI uri = URI.create(url);
      return uri.getHost() != null
          && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
