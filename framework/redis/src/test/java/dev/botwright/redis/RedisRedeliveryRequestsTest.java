package dev.botwright.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.spi.RedeliveryRequests;
import dev.botwright.spi.RedeliveryRequests.Request;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two bot processes on one Redis: what one leader asked GitHub to redeliver, the next one knows.
 */
class RedisRedeliveryRequestsTest {

  @RegisterExtension static final SharedRedis SERVER = new SharedRedis();

  @Test
  void aRedeliveryRequestedInOneProcessIsSeenInAnother() {
    Request asked = new Request(105, Instant.parse("2026-03-04T12:00:00Z"), 2);
    try (ApplicationContext one = process();
        ApplicationContext two = process()) {
      RedeliveryRequests first = one.getBean(RedeliveryRequests.class);
      RedeliveryRequests second = two.getBean(RedeliveryRequests.class);
      assertThat(first).isInstanceOf(RedisRedeliveryRequests.class);

      assertThat(second.get("g-fail")).isEmpty();
      first.put("g-fail", asked, Duration.ofDays(3));

      assertThat(second.get("g-fail")).contains(asked);
      assertThat(second.get("g-other")).isEmpty();
      Redis redis = one.getBean(Redis.class);
      // Kept for the look-back, then forgotten by Redis itself.
      Long ttl = redis.call("ttl", c -> c.pttl(redis.key("redeliver:g-fail")));
      assertThat(ttl)
          .isBetween(Duration.ofDays(3).minusMinutes(1).toMillis(), Duration.ofDays(3).toMillis());
    }
  }

  @Test
  void withRedisAwayTheReconcilerRunFailsInsteadOfAskingAgain() {
    try (ApplicationContext one = process()) {
      RedeliveryRequests requests = one.getBean(RedeliveryRequests.class);
      SERVER.server().stop();
      try {
        assertThatThrownBy(() -> requests.get("g-fail"))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageStartingWith("Redis could not read a redelivery request");
      } finally {
        SERVER.server().startProcess();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ApplicationContext process() {
    return ApplicationContext.run(
        Map.of(
            "botwright.redis.url",
            SERVER.server().url(),
            "botwright.redis.key-prefix",
            "redeliveries:",
            "botwright.redis.token-encryption-key",
            Connect.KEY,
            "botwright.reconcile.enabled",
            "false"),
        "test");
  }
}
