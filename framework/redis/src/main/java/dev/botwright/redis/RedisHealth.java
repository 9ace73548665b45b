package dev.botwright.redis;

import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Readiness in Redis mode: Botwright's own connection answers a {@code PING}. While it does not,
 * intake answers 503 anyway, so the bot is not ready; it is still alive (lettuce reconnects by
 * itself), so liveness does not depend on it. Runs on Micronaut's blocking executor.
 */
@Singleton
@Requires(property = RedisConfiguration.URL)
final class RedisHealth extends AbstractHealthIndicator<Map<String, Object>> {

  static final String NAME = "botwright.redis";

  private final Redis redis;

  RedisHealth(Redis redis) {
    this.redis = redis;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    try {
      redis.call("answer a health check", RedisCommands::ping);
      healthStatus = HealthStatus.UP;
      return Map.of("reachable", true);
    } catch (RedisUnavailableException e) {
      healthStatus = HealthStatus.DOWN;
      return Map.of("reachable", false);
    }
  }

  @Override
  protected String getName() {
    return NAME;
  }
}
