package dev.botwright.internal.config;

import dev.botwright.config.HttpConfiguration;
import dev.botwright.config.WebhookConfiguration;
import io.micronaut.context.env.AbstractPropertySourceLoader;
import io.micronaut.context.env.PropertySource;
import io.micronaut.core.annotation.Internal;
import java.util.Map;
import java.util.Optional;

/**
 * Botwright's defaults for Micronaut settings, below every configuration file: port 3000 like
 * Probot, a request size large enough for GitHub's 25 MB payloads (which only the webhook route
 * reads, as a stream) and a small limit on buffered bodies, which every other route uses.
 */
@Internal
public final class BotwrightDefaultsPropertySourceLoader extends ApplicationPropertySourceLoader {

  /** Probot's default port. */
  public static final int DEFAULT_PORT = 3000;

  /** A little above GitHub's 25 MB so the webhook route, not Netty, answers oversized requests. */
  static final long REQUEST_LIMIT = WebhookConfiguration.DEFAULT_MAX_PAYLOAD_BYTES + 1024L * 1024;

  /**
   * Bodies Micronaut buffers whole (every route's but the webhook's, which streams its body) follow
   * {@code botwright.http.max-request-bytes}, so a chunked body without {@code Content-Length} is
   * bounded as well as one that announces its length.
   */
  static final String BUFFER_LIMIT =
      "${botwright.http.max-request-bytes:" + HttpConfiguration.DEFAULT_MAX_REQUEST_BYTES + "}";

  /**
   * Metrics (see docs/operations.md): {@code botwright.metrics.enabled} switches Micronaut's
   * metrics too; {@code /prometheus} answers without credentials, since it holds counts and bounded
   * labels only and Prometheus scrapes without any (on the bot's own port only to this machine, see
   * internal.metrics.ScrapeGuard); Micronaut's per-request HTTP meters stay off, because the
   * client's would label GitHub calls with their concrete paths (owners, repositories) and
   * Botwright counts both sides itself.
   */
  static final Map<String, Object> METRICS =
      Map.of(
          "micronaut.metrics.enabled", "${botwright.metrics.enabled:true}",
          "endpoints.prometheus.sensitive", false,
          "micronaut.metrics.binders.web.enabled", false);

  static final Map<String, Object> DEFAULTS = defaults();

  private static Map<String, Object> defaults() {
    Map<String, Object> defaults = new java.util.HashMap<>(METRICS);
    defaults.put("micronaut.server.port", DEFAULT_PORT);
    defaults.put("micronaut.server.max-request-size", REQUEST_LIMIT);
    defaults.put("micronaut.server.max-request-buffer-size", BUFFER_LIMIT);
    return Map.copyOf(defaults);
  }

  @Override
  Optional<PropertySource> loadApplication() {
    return Optional.of(
        PropertySource.of(
            "botwright-defaults", DEFAULTS, AbstractPropertySourceLoader.DEFAULT_POSITION - 100));
  }
}
