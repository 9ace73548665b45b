package dev.botwright.internal.metrics;

import dev.botwright.config.MetricsConfiguration;
import dev.botwright.internal.web.ClientAddress;
import io.micronaut.configuration.metrics.micrometer.prometheus.management.PrometheusEndpoint;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import org.jspecify.annotations.Nullable;

/**
 * Answers {@code /prometheus} on the bot's own port only to this machine (404 to others, saying
 * nothing) unless {@code botwright.metrics.allow-remote}. That port is usually open to the internet
 * so GitHub can post webhooks, and the metrics name which installations use the app ({@code
 * botwright_github_rate_limit_remaining{installation}}). Only the TCP peer counts, never {@code
 * X-Forwarded-For}. With a management port ({@code endpoints.all.port}) the endpoint lives only
 * there, a port the operator chose to keep apart from the webhook's, and this guard is not made.
 * The endpoint is recognised by its route, so any {@code endpoints.*.path} is honoured.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(missingProperty = "endpoints.all.port")
final class ScrapeGuard {

  private final boolean allowRemote;
  private final ClientAddress clientAddress;

  ScrapeGuard(MetricsConfiguration config, ClientAddress clientAddress) {
    this.allowRemote = config.isAllowRemote();
    this.clientAddress = clientAddress;
  }

  @RequestFilter
  @Nullable HttpResponse<?> guard(HttpRequest<?> request) {
    boolean scrape =
        RouteAttributes.getRouteMatch(request)
            .filter(
                match ->
                    match instanceof MethodBasedRouteMatch<?, ?> method
                        && PrometheusEndpoint.class.isAssignableFrom(method.getDeclaringType()))
            .isPresent();
    if (!scrape || allowRemote || ClientAddress.isLocal(clientAddress.of(request))) {
      return null;
    }
    return HttpResponse.notFound();
  }
}
