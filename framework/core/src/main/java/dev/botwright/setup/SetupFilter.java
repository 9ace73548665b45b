package dev.botwright.setup;

import dev.botwright.config.SetupConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.InetAddress;
import java.net.URI;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards the setup pages: outside setup mode they do not exist (404), and in it they answer only
 * browsers on this machine unless {@code botwright.setup.allow-remote} is set, because whoever
 * completes setup owns the bot. While setup is pending, {@code /} leads to the setup page.
 */
@ServerFilter({"/", SetupUrls.SETUP_PATH, SetupUrls.SETUP_PATH + "/**"})
@Requires(property = "botwright.setup.enabled", notEquals = "false")
final class SetupFilter {

  private static final Logger LOG = LoggerFactory.getLogger(SetupFilter.class);

  private final SetupMode mode;
  private final SetupConfiguration setup;
  private final ClientAddress clientAddress;

  SetupFilter(SetupMode mode, SetupConfiguration setup, ClientAddress clientAddress) {
    this.mode = mode;
    this.setup = setup;
    this.clientAddress = clientAddress;
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> guard(HttpRequest<?> request) {
    boolean root = "/".equals(request.getPath());
    if (!mode.isWaiting()) {
      return root ? null : HttpResponse.notFound();
    }
    if (!permits(request)) {
      if (root) {
        return null;
      }
      LOG.warn("Setup page request from another machine refused (botwright.setup.allow-remote)");
      return Pages.page(
          HttpStatus.FORBIDDEN,
          "Setup is only available on this machine",
          "error.html",
          Map.of(
              "message",
              "The setup pages answer only browsers on the bot's own machine, because whoever"
                  + " completes setup owns the bot. Open the page there, or set"
                  + " botwright.setup.allow-remote=true if this server is reachable only by you.",
              "retryUrl",
              SetupUrls.SETUP_PATH));
    }
    return root ? HttpResponse.seeOther(URI.create(SetupUrls.SETUP_PATH)) : null;
  }

  private boolean permits(HttpRequest<?> request) {
    if (setup.isAllowRemote()) {
      return true;
    }
    InetAddress address = clientAddress.of(request);
    return address != null && address.isLoopbackAddress();
  }
}
