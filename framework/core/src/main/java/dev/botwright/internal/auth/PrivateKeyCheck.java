package dev.botwright.internal.auth;

import dev.botwright.config.AppConfiguration;
import dev.botwright.config.StartupCheck;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Reads the app's private key at start-up when one is given, so a wrong key stops the bot with the
 * other configuration mistakes rather than failing at the first event. A key that is not given is
 * the configuration check's concern (setup mode may still supply it).
 */
@Singleton
final class PrivateKeyCheck implements StartupCheck {

  private final AppConfiguration app;

  PrivateKeyCheck(AppConfiguration app) {
    this.app = app;
  }

  @Override
  public List<String> problems() {
    if (app.getPrivateKey() == null && app.getPrivateKeyPath() == null) {
      return List.of();
    }
    try {
      PrivateKeys.load(app);
      return List.of();
    } catch (AuthenticationConfigurationException e) {
      return List.of(e.getMessage());
    }
  }
}
