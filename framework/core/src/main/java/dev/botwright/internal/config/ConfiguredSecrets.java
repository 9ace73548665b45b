package dev.botwright.internal.config;

import dev.botwright.config.AdminConfiguration;
import dev.botwright.config.AppConfiguration;
import dev.botwright.config.CredentialsChanged;
import dev.botwright.config.InstallConfiguration;
import dev.botwright.config.OAuthConfiguration;
import dev.botwright.config.TokenConfiguration;
import dev.botwright.config.WebhookConfiguration;
import dev.botwright.internal.logging.Redaction;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Inject;

/**
 * Hands every secret in the configuration to {@link Redaction}, at start-up and again when setup
 * mode installs new credentials, so no log line or error message shows one.
 */
@Context
final class ConfiguredSecrets implements ApplicationEventListener<CredentialsChanged> {

  private final AppConfiguration app;
  private final WebhookConfiguration webhook;
  private final OAuthConfiguration oauth;
  private final AdminConfiguration admin;
  private final TokenConfiguration tokens;
  private final InstallConfiguration install;

  @Inject
  ConfiguredSecrets(
      AppConfiguration app,
      WebhookConfiguration webhook,
      OAuthConfiguration oauth,
      AdminConfiguration admin,
      TokenConfiguration tokens,
      InstallConfiguration install) {
    this.app = app;
    this.webhook = webhook;
    this.oauth = oauth;
    this.admin = admin;
    this.tokens = tokens;
    this.install = install;
    register();
  }

  @Override
  public void onApplicationEvent(CredentialsChanged event) {
    register();
  }

  private void register() {
    Redaction.register(app.getClientSecret());
    Redaction.register(app.getPrivateKey());
    // A key given by path is read by the token minter; its lines are masked should it be logged.
    webhook.getSecrets().forEach(Redaction::register);
    oauth.getSessionKeys().forEach(Redaction::register);
    Redaction.register(admin.getToken());
    Redaction.register(tokens.getStoreKey());
    Redaction.register(install.getStateKey());
  }
}
