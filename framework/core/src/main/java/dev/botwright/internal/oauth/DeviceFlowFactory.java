package dev.botwright.internal.oauth;

import dev.botwright.config.AppConfiguration;
import dev.botwright.config.GitHubApiConfiguration;
import dev.botwright.oauth.DeviceFlow;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** A {@link DeviceFlow} bean for the configured client id and GitHub web site. */
@Factory
final class DeviceFlowFactory {

  @Singleton
  @Requires(property = "botwright.app.client-id")
  DeviceFlow deviceFlow(AppConfiguration app, GitHubApiConfiguration github) {
    return new DeviceFlow(app.getClientId(), github.webBaseUrl());
  }
}
