package dev.botwright.internal.install;

import dev.botwright.config.InstallConfiguration;
import dev.botwright.github.GitHubClients;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The app's slug, for its install URL: {@code botwright.install.app-slug} ({@code GITHUB_APP_SLUG},
 * which setup mode writes), else {@code GET /app} once with the app's JWT.
 */
@Singleton
@Requires(property = "botwright.install.enabled", value = "true")
final class AppSlug {

  private final InstallConfiguration config;
  private final GitHubClients clients;
  private final AtomicReference<String> fetched = new AtomicReference<>();

  AppSlug(InstallConfiguration config, GitHubClients clients) {
    this.config = config;
    this.clients = clients;
  }

  /**
   * @throws dev.botwright.github.GitHubApiException when GitHub cannot be asked
   */
  String get() {
    String configured = config.getAppSlug();
    if (configured != null) {
      return configured;
    }
    String known = fetched.get();
    if (known != null) {
      return known;
    }
    JsonNode slug = clients.app().request("GET /app").body().get("slug");
    if (slug == null || !slug.isString()) {
      throw new IllegalStateException(
          "GET /app answered without a slug: set botwright.install.app-slug (GITHUB_APP_SLUG).");
    }
    fetched.set(slug.getStringValue());
    return slug.getStringValue();
  }
}
