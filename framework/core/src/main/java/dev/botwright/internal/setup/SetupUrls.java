package dev.botwright.internal.setup;

import dev.botwright.config.GitHubApiConfiguration;
import dev.botwright.config.SetupConfiguration;
import dev.botwright.config.WebhookConfiguration;
import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Every URL the setup flow hands to GitHub or the browser. They come only from configuration (the
 * public URL, else {@code http://localhost:PORT}), never from {@code Host} or {@code X-Forwarded-*}
 * headers, so a forged request cannot send GitHub's code or the webhooks elsewhere.
 */
@Singleton
final class SetupUrls {

  static final String SETUP_PATH = "/setup";
  static final String CALLBACK_PATH = SETUP_PATH + "/callback";
  static final String IMPORT_PATH = SETUP_PATH + "/import";

  private final SetupConfiguration setup;
  private final WebhookConfiguration webhook;
  private final GitHubApiConfiguration github;
  private final BeanProvider<EmbeddedServer> server;

  SetupUrls(
      SetupConfiguration setup,
      WebhookConfiguration webhook,
      GitHubApiConfiguration github,
      BeanProvider<EmbeddedServer> server) {
    this.setup = setup;
    this.webhook = webhook;
    this.github = github;
    this.server = server;
  }

  /** The configured public URL without a trailing slash, else {@code http://localhost:PORT}. */
  String publicBase() {
    String configured = setup.getPublicUrl();
    if (configured != null) {
      return configured.endsWith("/")
          ? configured.substring(0, configured.length() - 1)
          : configured;
    }
    return "http://localhost:" + server.get().getPort();
  }

  String setupPage() {
    return publicBase() + SETUP_PATH;
  }

  String callback() {
    return publicBase() + CALLBACK_PATH;
  }

  /** Where GitHub sends webhooks: the proxy when one is configured, else this server. */
  String webhook() {
    String proxy = setup.getWebhookProxyUrl();
    return proxy != null ? proxy : publicBase() + webhook.getPath();
  }

  /** The GitHub page the manifest is posted to, for the user or the configured organization. */
  String register(String state) {
    String web = github.webBaseUrl().toString();
    String org = github.getOrg();
    String path =
        org == null ? "/settings/apps/new" : "/organizations/" + encode(org) + "/settings/apps/new";
    return web + path + "?state=" + encode(state);
  }

  /** Whether the public URL is https, so cookies can be marked Secure. */
  boolean secure() {
    return publicBase().startsWith("https://");
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
