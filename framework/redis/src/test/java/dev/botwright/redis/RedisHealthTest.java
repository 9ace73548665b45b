package dev.botwright.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * In Redis mode readiness follows Redis: down while the server is stopped, up once it is back;
 * liveness stays up throughout, so an orchestrator takes the bot out of rotation without restarting
 * it.
 */
class RedisHealthTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void readinessGoesDownWhileRedisIsStoppedAndLivenessStaysUp() throws Exception {
    try (RedisServer redis = RedisServer.start();
        EmbeddedServer server =
            ApplicationContext.run(
                EmbeddedServer.class,
                Map.of(
                    "botwright.redis.url",
                    redis.url(),
                    "botwright.redis.token-encryption-key",
                    Connect.KEY),
                "test")) {
      assertThat(server.getApplicationContext().containsBean(RedisHealth.class)).isTrue();
      assertThat(get(server, "/health/readiness")).isEqualTo("200 {\"status\":\"UP\"}");

      redis.stop();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> get(server, "/health/readiness").equals("503 {\"status\":\"DOWN\"}"));
      assertThat(get(server, "/health")).isEqualTo("503 {\"status\":\"DOWN\"}");
      assertThat(get(server, "/health/liveness")).isEqualTo("200 {\"status\":\"UP\"}");

      redis.startProcess();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> get(server, "/health/readiness").equals("200 {\"status\":\"UP\"}"));
    }
  }

  private String get(EmbeddedServer server, String path) throws IOException, InterruptedException {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return answer.statusCode() + " " + answer.body();
  }
}
