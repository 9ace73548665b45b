package dev.botwright.config;

import io.micronaut.context.env.AbstractPropertySourceLoader;
import io.micronaut.context.env.PropertySource;
import io.micronaut.core.annotation.Internal;
import java.util.Map;
import java.util.Optional;

/**
 * Botwright's defaults for Micronaut settings, below every configuration file: port 3000 like
 * Probot, and request limits large enough for GitHub's 25 MB payloads.
 */
@Internal
public final class BotwrightDefaultsPropertySourceLoader extends ApplicationPropertySourceLoader {

  /** Probot's default port. */
  public static final int DEFAULT_PORT = 3000;

  /** A little above GitHub's 25 MB so the webhook route, not Netty, answers oversized requests. */
  static final long REQUEST_LIMIT = WebhookConfiguration.DEFAULT_MAX_PAYLOAD_BYTES + 1024L * 1024;

  static final Map<String, Object> DEFAULTS =
      Map.of(
          "micronaut.server.port", DEFAULT_PORT,
          "micronaut.server.max-request-size", REQUEST_LIMIT,
          "micronaut.server.max-request-buffer-size", REQUEST_LIMIT);

  @Override
  Optional<PropertySource> loadApplication() {
    return Optional.of(
        PropertySource.of(
            "botwright-defaults", DEFAULTS, AbstractPropertySourceLoader.DEFAULT_POSITION - 100));
  }
}
