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
 *
 * <p>While the app id or private key is missing and setup mode is enabled ({@link
 * SetupConfiguration#awaitsSetup}), missing credentials are not problems: the server starts and the
 * setup pages provide them. Every other mistake still stops start-up.
 */
@Context
@Internal
public class ConfigurationCheck {

  ConfigurationCheck(
      AppConfiguration app,
      WebhookConfiguration webhook,
      GitHubApiConfiguration github,
      SetupConfiguration setup) {
    List<String> problems = problems(app, webhook, github, setup);
    if (!problems.isEmpty()) {
      throw new BotwrightConfigurationException(problems);
    }
  }

  /** The problems that stop start-up, given whether setup mode may supply the credentials. */
  static List<String> problems(
      AppConfiguration app,
      WebhookConfiguration webhook,
      GitHubApiConfiguration github,
      SetupConfiguration setup) {
    if (!setup.awaitsSetup(app)) {
      return problems(app, webhook, github);
    }
    List<String> problems = new ArrayList<>();
    if (app.getPrivateKey() != null || app.getPrivateKeyPath() != null) {
      // A key that was given but cannot be read is a mistake, not a missing credential.
      keyProblem(app, problems);
    }
    settingProblems(webhook, github, problems);
    if (setup.getPublicUrl() != null && !isHttpUrl(setup.getPublicUrl())) {
      problems.add(
          "botwright.setup.public-url is '"
              + setup.getPublicUrl()
              + "': use the absolute http(s) URL GitHub reaches this server at, e.g."
              + " https://bot.example.com.");
    }
    return problems;
  }

  /** The problems with every credential required and setup mode off. */
  static List<String> problems(
      AppConfiguration app, WebhookConfiguration webhook, GitHubApiConfiguration github) {
    List<String> problems = new ArrayList<>();
    if (app.getId() == null) {
      problems.add(
          "botwright.app.id (environment variable APP_ID) is not set: use the App ID shown on"
              + " the GitHub App's settings page.");
    }
    if (app.getPrivateKey() != null || app.getPrivateKeyPath() != null) {
      keyProblem(app, problems);
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
    settingProblems(webhook, github, problems);
    return problems;
  }

  private static void keyProblem(AppConfiguration app, List<String> problems) {
    try {
      PrivateKeys.load(app);
    } catch (AuthenticationConfigurationException e) {
      problems.add(e.getMessage());
    }
  }

  private static void settingProblems(
      WebhookConfiguration webhook, GitHubApiConfiguration github, List<String> problems) {
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
    if (github.getWebUrl() != null && !isHttpUrl(github.getWebUrl())) {
      problems.add(
          "botwright.github.web-url is '"
              + github.getWebUrl()
              + "': use an absolute http(s) URL such as https://github.com.");
    }
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
