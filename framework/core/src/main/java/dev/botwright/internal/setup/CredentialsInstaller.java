package dev.botwright.internal.setup;

import dev.botwright.config.AppConfiguration;
import dev.botwright.config.CredentialsChanged;
import dev.botwright.config.SetupConfiguration;
import dev.botwright.config.WebhookConfiguration;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves new credentials to the credentials file and then puts them into the running process, so the
 * next webhook is verified with the new secret and the next JWT signed with the new key. If saving
 * fails nothing changes.
 */
@Singleton
final class CredentialsInstaller {

  private static final Logger LOG = LoggerFactory.getLogger(CredentialsInstaller.class);

  private final SetupConfiguration setup;
  private final AppConfiguration app;
  private final WebhookConfiguration webhook;
  private final SetupMode mode;
  private final ApplicationEventPublisher<CredentialsChanged> events;

  CredentialsInstaller(
      SetupConfiguration setup,
      AppConfiguration app,
      WebhookConfiguration webhook,
      SetupMode mode,
      ApplicationEventPublisher<CredentialsChanged> events) {
    this.setup = setup;
    this.app = app;
    this.webhook = webhook;
    this.mode = mode;
    this.events = events;
  }

  /** The credentials file as configured, for pages: absolute paths stay in the log. */
  String fileName() {
    return setup.getCredentialsFile();
  }

  Path file() {
    return Path.of(setup.getCredentialsFile()).toAbsolutePath();
  }

  /** Writes and applies {@code credentials}; refuses once the bot is configured. */
  synchronized void install(Credentials credentials) throws SetupException {
    if (!mode.isWaiting()) {
      throw new SetupException("The bot is already configured; nothing was changed.");
    }
    Path file = file();
    try {
      CredentialsFile.write(file, credentials.variables());
    } catch (IOException | IllegalArgumentException e) {
      throw new SetupException(
          "The credentials could not be saved to "
              + file
              + " ("
              + e.getClass().getSimpleName()
              + "): check that this process may write there, or set"
              + " botwright.setup.credentials-file.",
          e);
    }
    credentials.applyTo(app);
    webhook.setSecrets(List.of(credentials.webhookSecret()));
    events.publishEvent(new CredentialsChanged());
    mode.configured();
    LOG.info(
        "GitHub App {} (id {}) is set up; its credentials were saved to {} and are in use",
        credentials.slug() != null ? credentials.slug() : "",
        credentials.appId(),
        file);
  }
}
