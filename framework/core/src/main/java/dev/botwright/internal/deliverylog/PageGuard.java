package dev.botwright.internal.deliverylog;

import dev.botwright.config.DeliveryPageConfiguration;
import dev.botwright.internal.web.ClientAddress;
import dev.botwright.internal.web.HtmlPage;
import dev.botwright.internal.web.OwnHosts;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.InetAddress;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards the delivery log page as the setup pages are guarded: it exists only while the admin token
 * is set and the page is enabled (404), answers only requests addressed to one of the bot's own
 * names ({@link OwnHosts}; DNS rebinding), from this machine unless {@code
 * botwright.admin.page.allow-remote}, and takes forms only from the bot's own pages ({@code Origin}
 * or {@code Referer}). The CSRF token of each form is checked by the controller.
 */
@ServerFilter({DeliveryPage.PATH, DeliveryPage.PATH + "/**"})
@Requires(property = "botwright.admin.token")
final class PageGuard {

  private static final Logger LOG = LoggerFactory.getLogger(PageGuard.class);

  private final DeliveryPageConfiguration config;
  private final OwnHosts ownHosts;
  private final ClientAddress clientAddress;

  PageGuard(DeliveryPageConfiguration config, OwnHosts ownHosts, ClientAddress clientAddress) {
    this.config = config;
    this.ownHosts = ownHosts;
    this.clientAddress = clientAddress;
  }

  @RequestFilter
  @Nullable HttpResponse<?> guard(HttpRequest<?> request) {
    return refusal(request, clientAddress.of(request));
  }

  /** The answer that refuses {@code request} from {@code client}, or null to let it through. */
  @Nullable HttpResponse<?> refusal(HttpRequest<?> request, @Nullable InetAddress client) {
    if (!config.isEnabled()) {
      return HttpResponse.notFound();
    }
    String host = request.getHeaders().get(HttpHeaders.HOST);
    if (!ownHosts.isOwnHost(host)) {
      String shown = host == null ? "(none)" : OwnHosts.shown(host);
      LOG.warn(
          "Delivery log page request for Host '{}' refused: not one of the bot's names", shown);
      return refused(
          "This page was requested for the host '"
              + shown
              + "', which is not one of the bot's own names, so it was refused. Open "
              + ownHosts.localBase()
              + DeliveryPage.PATH
              + " on the bot's machine, or set botwright.setup.public-url"
              + " (BOTWRIGHT_SETUP_PUBLIC_URL) to the address you reach the bot at.");
    }
    if (!config.isAllowRemote() && !ClientAddress.isLocal(client)) {
      LOG.warn("Delivery log page request from another machine refused (allow-remote is off)");
      return refused(
          "The delivery log page answers only browsers on the bot's own machine. Open it there"
              + " (an SSH tunnel works), or set botwright.admin.page.allow-remote=true"
              + " (BOTWRIGHT_ADMIN_PAGE_ALLOW_REMOTE) if the bot is served over HTTPS.");
    }
    String foreign = OwnHosts.changesState(request) ? ownHosts.foreignSource(request) : null;
    if (foreign != null) {
      LOG.warn("Delivery log form refused: it was sent from {}, not from the bot's page", foreign);
      return refused(
          "This form was sent from "
              + foreign
              + ", not from the bot's own delivery log page, so it was refused and changed"
              + " nothing. Open "
              + ownHosts.localBase()
              + DeliveryPage.PATH
              + " and use its buttons.");
    }
    return null;
  }

  private static HttpResponse<?> refused(String message) {
    return HtmlPage.response(
        HttpStatus.FORBIDDEN,
        HtmlPage.document(
            "Refused",
            DeliveryPage.STYLE,
            "<h1>Refused</h1><p id=\"message\">" + HtmlPage.escape(message) + "</p>"));
  }
}
