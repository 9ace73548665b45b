package dev.botwright.internal.setup;

import dev.botwright.config.SetupConfiguration;
import dev.botwright.internal.web.ClientAddress;
import dev.botwright.internal.web.OwnHosts;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URI;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards the setup pages: outside setup mode they do not exist (404), and in it they answer only
 * requests addressed to one of the bot's own names ({@link OwnHosts}), from browsers on this
 * machine unless {@code botwright.setup.allow-remote} is set, and state-changing ones only from the
 * bot's own pages (their {@code Origin} or {@code Referer}), because whoever completes setup owns
 * the bot. While setup is pending, {@code /} leads to the setup page.
 */
@ServerFilter({"/", SetupUrls.SETUP_PATH, SetupUrls.SETUP_PATH + "/**"})
@Requires(property = "botwright.setup.enabled", notEquals = "false")
final class SetupFilter {

  private static final Logger LOG = LoggerFactory.getLogger(SetupFilter.class);

  private final SetupMode mode;
  private final SetupConfiguration setup;
  private final ClientAddress clientAddress;
  private final OwnHosts ownHosts;

  SetupFilter(
      SetupMode mode, SetupConfiguration setup, ClientAddress clientAddress, OwnHosts ownHosts) {
    this.mode = mode;
    this.setup = setup;
    this.clientAddress = clientAddress;
    this.ownHosts = ownHosts;
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> guard(HttpRequest<?> request) {
    boolean root = "/".equals(request.getPath());
    if (!mode.isWaiting()) {
      return root ? null : HttpResponse.notFound();
    }
    String host = request.getHeaders().get(HttpHeaders.HOST);
    if (!ownHosts.isOwnHost(host)) {
      return root ? null : foreignHost(host);
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
    String foreign = OwnHosts.changesState(request) ? ownHosts.foreignSource(request) : null;
    if (foreign != null) {
      LOG.warn("Setup form refused: it was sent from {}, not from the bot's own page", foreign);
      return Pages.error(
          HttpStatus.FORBIDDEN,
          "This form was sent from "
              + foreign
              + ", not from the bot's own setup page, so it was refused: another site may be"
              + " trying to set up the bot with its own app. Open "
              + ownHosts.localBase()
              + SetupUrls.SETUP_PATH
              + " on this machine and start from there.",
          SetupUrls.SETUP_PATH);
    }
    return root ? HttpResponse.seeOther(URI.create(SetupUrls.SETUP_PATH)) : null;
  }

  /**
   * 403 with what to do instead. A page on another domain can point its name at this machine (DNS
   * rebinding) or reach it through a tunnel, and would then read the pages as its own.
   */
  private HttpResponse<?> foreignHost(@Nullable String host) {
    String shown = host == null ? "(none)" : OwnHosts.shown(host);
    LOG.warn(
        "Setup page request for Host '{}' refused: not one of the bot's own names (localhost,"
            + " 127.0.0.1, [::1], botwright.setup.public-url)",
        shown);
    String local = ownHosts.localBase() + SetupUrls.SETUP_PATH;
    return Pages.page(
        HttpStatus.FORBIDDEN,
        "Open setup at the bot's own address",
        "error.html",
        Map.of(
            "message",
            "This page was requested for the host '"
                + shown
                + "', which is not one of the bot's own names, so it was refused: a site on"
                + " another domain could otherwise take over setup through this browser. Open "
                + local
                + " on the bot's machine, or, if you reach the bot at another address, set"
                + " botwright.setup.public-url (BOTWRIGHT_SETUP_PUBLIC_URL) to that address, e.g."
                + " https://bot.example.com, and restart the bot.",
            "retryUrl",
            local));
  }

  private boolean permits(HttpRequest<?> request) {
    if (setup.isAllowRemote()) {
      return true;
    }
    return ClientAddress.isLocal(clientAddress.of(request));
  }
}
