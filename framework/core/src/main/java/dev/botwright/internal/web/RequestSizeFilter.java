package dev.botwright.internal.web;

import dev.botwright.config.HttpConfiguration;
import dev.botwright.config.WebhookConfiguration;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses with 413, before a byte of the body is read, a request whose {@code Content-Length} is
 * over {@code botwright.http.max-request-bytes}, on every route but the webhook's (which checks
 * {@code botwright.webhook.max-payload-bytes} itself, also before reading, and streams its body).
 * Netty holds back a body nobody reads, so an unread body costs nothing. Bodies without {@code
 * Content-Length} are cut off by Micronaut's buffer limit, which follows the same setting.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestSizeFilter implements Ordered {

  private static final Logger LOG = LoggerFactory.getLogger(RequestSizeFilter.class);

  private final WebhookConfiguration webhook;
  private final HttpConfiguration http;

  RequestSizeFilter(WebhookConfiguration webhook, HttpConfiguration http) {
    this.webhook = webhook;
    this.http = http;
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> refuseOversized(HttpRequest<?> request) {
    long length = request.getContentLength();
    if (length < 0 || request.getPath().equals(webhook.getPath())) {
      return null;
    }
    return length > http.getMaxRequestBytes()
        ? tooLarge(
            request,
            "The request body is "
                + length
                + " bytes; this route accepts at most "
                + http.getMaxRequestBytes()
                + " bytes (botwright.http.max-request-bytes)")
        : null;
  }

  private static HttpResponse<?> tooLarge(HttpRequest<?> request, String why) {
    LOG.info("{} {} refused with 413: {}", request.getMethodName(), request.getPath(), why);
    return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body(Map.of("error", why));
  }

  /** First, so no other filter touches a body that is refused. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
