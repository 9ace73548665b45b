package dev.botwright.redis;

import dev.botwright.config.DispatchConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Answers 503 with {@code Retry-After} when Redis cannot record or queue a delivery, so GitHub
 * shows the delivery as failed and it can be redelivered (by hand or by the reconciler).
 */
@Produces
@Singleton
@Requires(property = RedisConfiguration.URL)
final class RedisUnavailableHandler
    implements ExceptionHandler<RedisUnavailableException, HttpResponse<Map<String, Object>>> {

  private final DispatchConfiguration dispatch;

  RedisUnavailableHandler(DispatchConfiguration dispatch) {
    this.dispatch = dispatch;
  }

  @Override
  public HttpResponse<Map<String, Object>> handle(
      HttpRequest request, RedisUnavailableException exception) {
    long seconds = Math.max(1, dispatch.getRetryAfter().toSeconds());
    return HttpResponse.<Map<String, Object>>status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
        .body(
            Map.of("error", "The bot's Redis is unreachable; retry after " + seconds + " seconds"));
  }
}
