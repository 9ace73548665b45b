package dev.botwright.internal.web;

import dev.botwright.config.AdminConfiguration;
import dev.botwright.config.InstallConfiguration;
import dev.botwright.config.OAuthConfiguration;
import dev.botwright.config.WebhookConfiguration;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a state-changing request to the admin API, the installation routes or the sign-in routes
 * that a browser sent from another site: its {@code Origin} (or, without one, its {@code Referer})
 * is not one of the bot's own ({@link OwnHosts}). Scripts send neither and pass, so the admin API
 * keeps working with its bearer token. The webhook route is never guarded (GitHub posts from its
 * own hosts), nor octokit's token routes, which a browser cannot authenticate by itself (they need
 * the user's token in {@code Authorization}). The setup pages have their own guard.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SameOriginFilter {

  private static final Logger LOG = LoggerFactory.getLogger(SameOriginFilter.class);

  /** TokenController's routes, under the sign-in prefix. */
  private static final Set<String> TOKEN_ROUTES =
      Set.of("/token", "/token/scoped", "/refresh-token", "/grant");

  private final OwnHosts ownHosts;
  private final String webhookPath;
  private final String adminPath;
  private final List<String> guarded = new ArrayList<>();
  @Nullable private final String signInPrefix;

  SameOriginFilter(
      OwnHosts ownHosts,
      WebhookConfiguration webhook,
      AdminConfiguration admin,
      InstallConfiguration install,
      OAuthConfiguration oauth) {
    this.ownHosts = ownHosts;
    this.webhookPath = webhook.getPath();
    this.adminPath = trimmed(admin.getPath());
    guarded.add(adminPath);
    if (install.isEnabled()) {
      guarded.add(trimmed(install.getPath()));
    }
    this.signInPrefix = oauth.isEnabled() ? trimmed(oauth.getPrefix()) : null;
    if (signInPrefix != null) {
      guarded.add(signInPrefix);
    }
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> guard(HttpRequest<?> request) {
    if (!OwnHosts.changesState(request) || !isGuarded(request.getPath())) {
      return null;
    }
    String foreign = ownHosts.foreignSource(request);
    if (foreign == null) {
      return null;
    }
    LOG.warn(
        "{} {} refused: sent from {}, not from one of the bot's own pages",
        request.getMethodName(),
        request.getPath(),
        foreign);
    String message =
        "This request was sent from "
            + foreign
            + ", not from one of the bot's own pages, so it was refused and changed nothing."
            + " Send it from the bot's own page, or from a script without an Origin header; if"
            + " the bot is reached at another address, set botwright.setup.public-url"
            + " (BOTWRIGHT_SETUP_PUBLIC_URL) to it.";
    if (wantsJson(request)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN)
          .header("Cache-Control", "no-store")
          .contentType(MediaType.APPLICATION_JSON_TYPE)
          .body(Map.of("message", message));
    }
    return HtmlPage.response(
        HttpStatus.FORBIDDEN,
        HtmlPage.document(
            "Refused",
            null,
            "<h1>Refused</h1><p id=\"message\">" + HtmlPage.escape(message) + "</p>"));
  }

  private boolean isGuarded(String path) {
    if (path.equals(webhookPath)) {
      return false;
    }
    if (signInPrefix != null
        && path.startsWith(signInPrefix)
        && TOKEN_ROUTES.contains(path.substring(signInPrefix.length()))) {
      return false;
    }
    for (String prefix : guarded) {
      if (path.equals(prefix) || path.startsWith(prefix + "/")) {
        return true;
      }
    }
    return false;
  }

  private boolean wantsJson(HttpRequest<?> request) {
    if (request.getPath().startsWith(adminPath + "/")) {
      return true;
    }
    String accept = request.getHeaders().get("Accept");
    return accept != null && accept.contains("application/json") && !accept.contains("text/html");
  }

  private static String trimmed(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
