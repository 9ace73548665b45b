package dev.botwright.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.spi.DeliveryStorage;
import dev.botwright.spi.DeliveryStore;
import dev.botwright.spi.InstallationTokenCache;
import dev.botwright.spi.OneTimeStates;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The webhook route of a bot in Redis mode, while Redis goes away and comes back. */
class RedisModeWebhookTest {

  private static RedisServer redis;
  private static EmbeddedServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    redis = RedisServer.start();
    server =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of(
                "spec.name",
                "RedisModeWebhookTest",
                "botwright.redis.url",
                redis.url(),
                "botwright.redis.token-encryption-key",
                Connect.KEY,
                "botwright.redis.claim-timeout",
                "1s"),
            "test");
  }

  @AfterAll
  static void stop() {
    try {
      if (server != null) {
        server.getApplicationContext().close();
      }
    } finally {
      if (redis != null) {
        redis.close();
      }
    }
  }

  @Test
  void intakeAnswers503WhileRedisIsDownAndRecoversWhenItIsBack() throws Exception {
    var context = server.getApplicationContext();
    assertThat(context.getBean(DeliveryStorage.class)).isInstanceOf(RedisStorage.class);
    assertThat(context.getBean(DeliveryStore.class)).isInstanceOf(RedisDeliveryStore.class);
    assertThat(context.getBean(InstallationTokenCache.class))
        .isInstanceOf(RedisInstallationTokenCache.class);
    assertThat(context.getBean(OneTimeStates.class)).isInstanceOf(RedisOneTimeStates.class);
    Handler handler = context.getBean(Handler.class);

    assertThat(post("r-1").statusCode()).isEqualTo(202);
    await().until(() -> handler.handled.contains("r-1"));
    assertThat(post("r-1").body()).contains("duplicate");

    redis.stop();
    HttpResponse<String> refused = post("r-2");
    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();

    redis.startProcess();
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> post("r-2").statusCode() == 202);
    await().atMost(Duration.ofSeconds(20)).until(() -> handler.handled.contains("r-2"));
    assertThat(handler.handled).containsOnlyOnce("r-2");
  }

  /**
   * With no setting beyond the webhook secret, an unsigned delivery written straight into Redis (a
   * copy of a genuine one with another body) never reaches the bot's handler.
   */
  @Test
  void aDeliveryPushedStraightIntoRedisNeverReachesAHandler() throws Exception {
    var context = server.getApplicationContext();
    Handler handler = context.getBean(Handler.class);
    DeliveryStorage queue = context.getBean(DeliveryStorage.class);
    assertThat(post("m-1").statusCode()).isEqualTo(202);
    await().until(() -> handler.handled.contains("m-1"));

    String prefix = context.getBean(Redis.class).key("");
    try (RedisEntryMacTest.Attacker attacker =
        new RedisEntryMacTest.Attacker(redis.url(), prefix)) {
      Map<String, byte[]> fields = new java.util.LinkedHashMap<>(attacker.read("m-1"));
      fields.remove("mac");
      fields.put(
          "body",
          "{\"action\":\"opened\",\"installation\":{\"id\":8}}".getBytes(StandardCharsets.UTF_8));
      attacker.push("m-injected", fields);
    }

    await()
        .until(
            () ->
                queue
                    .find("m-injected")
                    .map(r -> r.state() == dev.botwright.spi.DeliveryJournal.DeliveryState.DEAD)
                    .orElse(false));
    assertThat(queue.find("m-injected").orElseThrow().errors())
        .containsExactly(StreamClaims.REFUSED);
    assertThat(handler.handled).doesNotContain("m-injected");
    assertThat(post("m-2").statusCode()).isEqualTo(202);
    await().until(() -> handler.handled.contains("m-2"));
  }

  private HttpResponse<String> post(String id) throws Exception {
    byte[] body =
        "{\"action\":\"opened\",\"installation\":{\"id\":7}}".getBytes(StandardCharsets.UTF_8);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec("test-webhook-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.getURL() + "/api/github/webhooks"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header("X-GitHub-Event", "issues")
            .header("X-GitHub-Delivery", id)
            .header("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(mac.doFinal(body)))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Records what ran. */
  @Singleton
  @Requires(property = "spec.name", value = "RedisModeWebhookTest")
  static class Handler {
    final List<String> handled = new CopyOnWriteArrayList<>();

    @OnEvent("issues.opened")
    void on(EventContext context) {
      handled.add(context.deliveryId());
    }
  }
}
