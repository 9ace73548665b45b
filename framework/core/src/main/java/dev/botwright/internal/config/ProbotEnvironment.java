package dev.botwright.internal.config;

import dev.botwright.internal.logging.Redaction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps Probot's environment variables onto Botwright's configuration keys, so a Probot user's
 * {@code .env} works unchanged. Values from the process environment win over the {@code .env} file.
 */
final class ProbotEnvironment {

  /** Environment variable → configuration key, in the order the docs list them. */
  static final Map<String, String> KEYS = keys();

  /**
   * Variables whose values are secrets: masked in logs from the moment they are read, before any
   * bean (and before Micronaut logs the properties it resolves).
   */
  static final Set<String> SECRETS =
      Set.of(
          "PRIVATE_KEY",
          "GITHUB_CLIENT_SECRET",
          "WEBHOOK_SECRET",
          "BOTWRIGHT_SESSION_KEYS",
          "SENTRY_DSN");

  private ProbotEnvironment() {}

  private static Map<String, String> keys() {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("APP_ID", "botwright.app.id");
    keys.put("PRIVATE_KEY", "botwright.app.private-key");
    keys.put("PRIVATE_KEY_PATH", "botwright.app.private-key-path");
    keys.put("GITHUB_CLIENT_ID", "botwright.app.client-id");
    keys.put("GITHUB_CLIENT_SECRET", "botwright.app.client-secret");
    keys.put("GITHUB_APP_SLUG", "botwright.install.app-slug");
    keys.put("WEBHOOK_SECRET", "botwright.webhook.secrets");
    keys.put("WEBHOOK_PATH", "botwright.webhook.path");
    keys.put("GITHUB_API_URL", "botwright.github.api-url");
    keys.put("GHE_HOST", "botwright.github.ghe-host");
    keys.put("GHE_PROTOCOL", "botwright.github.ghe-protocol");
    keys.put("GH_ORG", "botwright.github.org");
    keys.put("WEBHOOK_PROXY_URL", "botwright.setup.webhook-proxy-url");
    keys.put("BOTWRIGHT_SESSION_KEYS", "botwright.oauth.session-keys");
    keys.put("PORT", "micronaut.server.port");
    keys.put("HOST", "micronaut.server.host");
    keys.put("LOG_LEVEL", "logger.levels.root");
    keys.put("LOG_FORMAT", "botwright.log.format");
    keys.put("REDIS_URL", "botwright.redis.url");
    keys.put("NODE_ENV", "botwright.environment");
    keys.put("SENTRY_DSN", "botwright.sentry.dsn");
    return Map.copyOf(keys);
  }

  /**
   * The configuration properties that the given variables imply.
   *
   * @param env a lookup of environment variables (the process environment over {@code .env})
   */
  static Map<String, Object> properties(Function<String, String> env) {
    Map<String, Object> properties = new LinkedHashMap<>();
    KEYS.forEach(
        (variable, key) -> {
          String value = env.apply(variable);
          if (value != null && !value.isBlank()) {
            if (SECRETS.contains(variable)) {
              for (String secret : value.split(",")) {
                Redaction.register(secret);
              }
            }
            properties.put(key, convert(variable, value));
            if (variable.equals("REDIS_URL")) {
              // Micronaut's lettuce client (health checks, the app's own Redis beans) connects
              // to the same server.
              properties.put("redis.uri", value);
            }
            if (variable.equals("WEBHOOK_PROXY_URL")) {
              // Probot's one variable both registers the channel (setup) and relays from it.
              properties.put("botwright.webhook.proxy-url", value);
            }
          }
        });
    return properties;
  }

  private static Object convert(String variable, String value) {
    return switch (variable) {
      case "WEBHOOK_SECRET" -> List.of(value);
      case "LOG_LEVEL" -> logLevel(value);
      default -> value;
    };
  }

  /**
   * Probot's levels (pino's) as Logback's: {@code fatal} becomes {@code ERROR} (Logback has nothing
   * above it), {@code silent} becomes {@code OFF}; {@code trace} to {@code error} keep their names.
   */
  private static String logLevel(String value) {
    String level = value.trim().toUpperCase(Locale.ROOT);
    return switch (level) {
      case "FATAL" -> "ERROR";
      case "SILENT" -> "OFF";
      default -> level;
    };
  }
}
