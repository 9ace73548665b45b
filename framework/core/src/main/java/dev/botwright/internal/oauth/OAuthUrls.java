package dev.botwright.internal.oauth;

import dev.botwright.config.GitHubApiConfiguration;
import dev.botwright.config.OAuthConfiguration;
import dev.botwright.config.SetupConfiguration;
import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

/**
 * The URLs of the sign-in flow. They come from configuration only (the public URL, else {@code
 * http://localhost:PORT}), never from request headers, so a forged Host cannot redirect the code.
 */
@Singleton
final class OAuthUrls {

  private final OAuthConfiguration oauth;
  private final SetupConfiguration setup;
  private final GitHubApiConfiguration github;
  private final BeanProvider<EmbeddedServer> server;

  OAuthUrls(
      OAuthConfiguration oauth,
      SetupConfiguration setup,
      GitHubApiConfiguration github,
      BeanProvider<EmbeddedServer> server) {
    this.oauth = oauth;
    this.setup = setup;
    this.github = github;
    this.server = server;
  }

  String redirectUri() {
    if (oauth.getRedirectUri() != null) {
      return oauth.getRedirectUri();
    }
    String base = setup.getPublicUrl();
    if (base == null) {
      base = "http://localhost:" + server.get().getPort();
    }
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + oauth.getPrefix() + "/callback";
  }

  String login() {
    return oauth.getPrefix() + "/login";
  }

  String web() {
    return github.webBaseUrl().toString();
  }
}
