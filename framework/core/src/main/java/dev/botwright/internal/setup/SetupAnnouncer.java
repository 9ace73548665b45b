package dev.botwright.internal.setup;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs the one line a newcomer needs when the bot starts without credentials: where to go. */
@Singleton
@Requires(property = "botwright.setup.enabled", notEquals = "false")
final class SetupAnnouncer implements ApplicationEventListener<ServerStartupEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(SetupAnnouncer.class);

  private final SetupMode mode;
  private final SetupUrls urls;

  SetupAnnouncer(SetupMode mode, SetupUrls urls) {
    this.mode = mode;
    this.urls = urls;
  }

  @Override
  public void onApplicationEvent(ServerStartupEvent event) {
    if (mode.isWaiting()) {
      LOG.warn(
          "No GitHub App credentials yet: open {} to register the app (setup mode; set"
              + " botwright.setup.enabled=false to require APP_ID and PRIVATE_KEY at start-up"
              + " instead)",
          urls.setupPage());
    }
  }
}
