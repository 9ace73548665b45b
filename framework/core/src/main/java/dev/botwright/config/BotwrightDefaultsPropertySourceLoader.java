package dev.botwright.config;

import io.micronaut.context.env.AbstractPropertySourceLoader;
import io.micronaut.context.env.ActiveEnvironment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourceLoader;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.io.ResourceLoader;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Botwright's defaults for Micronaut settings, below every configuration file: port 3000 like
 * Probot, and request limits large enough for GitHub's 25 MB payloads.
 */
@Internal
public final class BotwrightDefaultsPropertySourceLoader implements PropertySourceLoader {

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
  public Optional<PropertySource> load(String resourceName, ResourceLoader resourceLoader) {
    if (!"application".equals(resourceName)) {
      return Optional.empty();
    }
    return Optional.of(
        PropertySource.of(
            "botwright-defaults", DEFAULTS, AbstractPropertySourceLoader.DEFAULT_POSITION - 100));
  }

  @Override
  public Optional<PropertySource> loadEnv(
      String resourceName, ResourceLoader resourceLoader, ActiveEnvironment activeEnvironment) {
    return Optional.empty();
  }

  @Override
  public Set<String> getExtensions() {
    return Set.of();
  }

  @Override
  public Map<String, Object> read(String name, InputStream input) {
    return new HashMap<>();
  }
}
