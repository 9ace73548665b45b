package dev.botwright.internal.setup;

import dev.botwright.config.AppConfiguration;
import dev.botwright.config.SetupConfiguration;
import io.micronaut.core.annotation.Internal;
import jakarta.inject.Singleton;

/**
 * Whether the bot is waiting for its GitHub App credentials: true from a start without an app id or
 * private key (with setup enabled) until the setup pages install them.
 */
@Singleton
@Internal
public final class SetupMode {

  private volatile boolean waiting;

  SetupMode(AppConfiguration app, SetupConfiguration setup) {
    this.waiting = setup.awaitsSetup(app);
  }

  /** True while credentials are missing: webhooks get 503 and the setup pages are served. */
  public boolean isWaiting() {
    return waiting;
  }

  /** Leaves setup mode; called after the credentials were written and applied. */
  void configured() {
    waiting = false;
  }

  @Override
  public String toString() {
    return "SetupMode[waiting=" + waiting + "]";
  }
}
