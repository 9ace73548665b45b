package dev.botwright.config;

import io.micronaut.core.annotation.Internal;

/**
 * Published after the app's credentials in {@link AppConfiguration} and {@link
 * WebhookConfiguration} were replaced in the running process (by setup mode), so beans that cache a
 * parsed key or secret drop it.
 */
@Internal
public final class CredentialsChanged {

  @Override
  public String toString() {
    return "CredentialsChanged";
  }
}
