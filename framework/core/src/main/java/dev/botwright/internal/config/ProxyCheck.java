package dev.botwright.internal.config;

import dev.botwright.config.SetupConfiguration;
import dev.botwright.config.WebhookConfiguration;
import dev.botwright.internal.logging.Redaction;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The webhook proxy ({@code WEBHOOK_PROXY_URL}) is for local development: it is refused together
 * with any production setting, and its URL and backoff must be usable. Production settings are
 * {@code botwright.environment=production} ({@code NODE_ENV=production}, as Probot reads it), Redis
 * mode ({@code REDIS_URL}), and a public URL that is https on a host other than localhost.
 */
final class ProxyCheck {

  private ProxyCheck() {}

  static List<String> problems(
      WebhookConfiguration webhook,
      SetupConfiguration setup,
      @Nullable String environment,
      @Nullable String redisUrl) {
    String proxy = webhook.getProxyUrl();
    if (proxy == null) {
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    if (!ConfigurationCheck.isHttpUrl(proxy)) {
      problems.add(
          "botwright.webhook.proxy-url (WEBHOOK_PROXY_URL) is "
              + Redaction.quote(proxy)
              + ": use the channel's absolute http(s) URL, e.g. https://smee.io/abc123.");
    }
    Duration initial = webhook.getProxyInitialBackoff();
    Duration max = webhook.getProxyMaxBackoff();
    if (!positive(initial) || !positive(max) || initial.compareTo(max) > 0) {
      problems.add(
          "botwright.webhook.proxy-initial-backoff ("
              + initial
              + ") and proxy-max-backoff ("
              + max
              + ") must be positive, the initial no longer than the maximum, e.g. 1s and 30s.");
    }
    if (!positive(webhook.getProxyIdleTimeout())) {
      problems.add(
          "botwright.webhook.proxy-idle-timeout is "
              + webhook.getProxyIdleTimeout()
              + ": use a positive duration longer than the proxy's pings, e.g. 2m.");
    }
    List<String> production = productionSettings(setup, environment, redisUrl);
    if (!production.isEmpty()) {
      problems.add(
          "botwright.webhook.proxy-url (WEBHOOK_PROXY_URL) is set, but the bot runs with"
              + " production settings ("
              + String.join("; ", production)
              + "). A webhook proxy relays deliveries to a development machine only: unset"
              + " WEBHOOK_PROXY_URL and set the GitHub App's webhook URL to this server's public"
              + " address, e.g. https://bot.example.com/api/github/webhooks.");
    }
    return problems;
  }

  /** Each production setting in force, named with its environment variable. */
  static List<String> productionSettings(
      SetupConfiguration setup, @Nullable String environment, @Nullable String redisUrl) {
    List<String> found = new ArrayList<>();
    if (environment != null && environment.strip().equalsIgnoreCase("production")) {
      found.add("botwright.environment (NODE_ENV) is production");
    }
    if (redisUrl != null && !redisUrl.isBlank()) {
      found.add("botwright.redis.url (REDIS_URL) is set");
    }
    String publicUrl = setup.getPublicUrl();
    if (publicUrl != null && isPublicHttps(publicUrl)) {
      found.add(
          "botwright.setup.public-url is " + Redaction.quote(publicUrl) + ", a public https URL");
    }
    return found;
  }

  private static boolean isPublicHttps(String url) {
    try {
      URI uri = URI.create(url);
      String host = uri.getHost();
      if (!"https".equals(uri.getScheme()) || host == null) {
        return false;
      }
      host = host.toLowerCase(Locale.ROOT);
      return !(host.equals("localhost")
          || host.endsWith(".localhost")
          || host.startsWith("127.")
          || host.equals("[::1]")
          || host.equals("0.0.0.0"));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean positive(@Nullable Duration duration) {
    return duration != null && !duration.isNegative() && !duration.isZero();
  }
}
