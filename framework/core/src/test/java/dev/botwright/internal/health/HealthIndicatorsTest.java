package dev.botwright.internal.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/**
 * Botwright's indicators flip readiness, never liveness: a journal directory that takes no file, a
 * free-space threshold above what the disk has, setup mode; a backlog shows on {@code /health}
 * without failing any probe. Anonymous callers see the status only.
 */
class HealthIndicatorsTest {

  private static final String SECRET = "test-webhook-secret";

  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path dir;

  @Test
  void aHealthyBotIsReadyAndShowsAnonymousCallersOnlyItsStatus() throws Exception {
    try (EmbeddedServer server = start(journal())) {
      for (String path : new String[] {"/health", "/health/readiness", "/health/liveness"}) {
        HttpResponse<String> answer = get(server, path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
      }
      // Liveness is Micronaut's deadlocked-threads check alone: nothing of Botwright's.
      assertThat(
              server
                  .getApplicationContext()
                  .getBeansOfType(HealthIndicator.class, Qualifiers.byStereotype(Liveness.class)))
          .extracting(i -> i.getClass().getName())
          .containsExactly(
              "io.micronaut.management.health.indicator.threads.DeadlockedThreadsHealthIndicator");
      assertThat(
              server.getApplicationContext().getBeansOfType(HealthIndicator.class).stream()
                  .map(i -> i.getClass().getSimpleName()))
          .contains("JournalHealth", "SetupHealth", "BacklogHealth");
      assertThat(result(server, JournalHealth.class).getDetails())
          .asInstanceOf(InstanceOfAssertFactories.MAP)
          .containsEntry("minFreeBytes", 100L * 1024 * 1024)
          .containsKey("freeBytes");
    }
  }

  @Test
  void aJournalDirectoryThatTakesNoFileMakesTheBotNotReadyButAlive() throws Exception {
    Path journal = dir.resolve("journal");
    try (EmbeddedServer server = start(journal())) {
      // Root can write into a read-only directory: put a file where the directory was.
      Path moved = Files.move(journal, dir.resolve("journal-away"));
      Files.writeString(journal, "not a directory");

      assertNotReadyButAlive(server);
      assertThat(result(server, JournalHealth.class).getDetails().toString())
          .contains("the journal's directory takes no new file");

      Files.delete(journal);
      Files.move(moved, journal);
      assertThat(get(server, "/health/readiness").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void lessFreeSpaceThanTheThresholdMakesTheBotNotReadyButAlive() throws Exception {
    Map<String, Object> properties = journal();
    properties.put("botwright.health.journal-min-free-bytes", Long.MAX_VALUE);
    try (EmbeddedServer server = start(properties)) {
      assertNotReadyButAlive(server);
      assertThat(result(server, JournalHealth.class).getDetails().toString())
          .contains("less free space than botwright.health.journal-min-free-bytes");
    }
  }

  @Test
  void setupModeMakesTheBotNotReadyButAlive() throws Exception {
    Map<String, Object> properties = new HashMap<>();
    properties.put("botwright.app.id", "");
    properties.put("botwright.app.private-key-path", "");
    properties.put("botwright.webhook.secrets", "");
    properties.put("botwright.setup.credentials-file", dir.resolve(".env").toString());
    properties.put("botwright.setup.manifest", "src/test/resources/setup/app.yml");
    try (EmbeddedServer server = start(properties)) {
      assertNotReadyButAlive(server);
      assertThat(result(server, SetupHealth.class).getDetails())
          .isEqualTo(Map.of("waitingForCredentials", true));
    }
  }

  @Test
  void aBacklogShowsOnHealthButFailsNeitherReadinessNorLiveness() throws Exception {
    Map<String, Object> properties = journal();
    properties.put("spec.name", "HealthIndicatorsTest");
    properties.put("botwright.health.backlog-threshold", 0);
    Blocking.release = new CountDownLatch(1);
    try (EmbeddedServer server = start(properties)) {
      assertThat(post(server, "backlog-1").statusCode()).isEqualTo(202);
      await()
          .until(
              () -> BacklogHealth.BACKLOG.equals(result(server, BacklogHealth.class).getStatus()));

      HttpResponse<String> health = get(server, "/health");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).isEqualTo("{\"status\":\"BACKLOG\"}");
      assertThat(get(server, "/health/readiness").statusCode()).isEqualTo(200);
      assertThat(get(server, "/health/liveness").body()).isEqualTo("{\"status\":\"UP\"}");
      assertThat(result(server, BacklogHealth.class).getDetails())
          .isEqualTo(Map.of("unfinished", 1, "threshold", 0));

      Blocking.release.countDown();
      await().until(() -> get(server, "/health").body().equals("{\"status\":\"UP\"}"));
    } finally {
      Blocking.release.countDown();
    }
  }

  private void assertNotReadyButAlive(EmbeddedServer server) throws Exception {
    HttpResponse<String> readiness = get(server, "/health/readiness");
    assertThat(readiness.statusCode()).isEqualTo(503);
    assertThat(readiness.body()).isEqualTo("{\"status\":\"DOWN\"}");
    assertThat(get(server, "/health").statusCode()).isEqualTo(503);
    HttpResponse<String> liveness = get(server, "/health/liveness");
    assertThat(liveness.statusCode()).isEqualTo(200);
    assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");
  }

  private Map<String, Object> journal() {
    Map<String, Object> properties = new HashMap<>();
    properties.put("botwright.journal.enabled", "true");
    properties.put("botwright.journal.dir", dir.resolve("journal").toString());
    return properties;
  }

  private static EmbeddedServer start(Map<String, Object> properties) {
    return ApplicationContext.run(EmbeddedServer.class, properties, "test");
  }

  private static HealthResult result(EmbeddedServer server, Class<?> indicator) {
    return Mono.from(
            server
                .getApplicationContext()
                .getBean(HealthIndicator.class, Qualifiers.byType(indicator))
                .getResult())
        .block();
  }

  private HttpResponse<String> get(EmbeddedServer server, String path)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(EmbeddedServer server, String id) throws Exception {
    byte[] body =
        "{\"action\":\"opened\",\"installation\":{\"id\":7}}".getBytes(StandardCharsets.UTF_8);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return http.send(
        HttpRequest.newBuilder(URI.create(server.getURL() + "/api/github/webhooks"))
            .header("Content-Type", "application/json")
            .header("X-GitHub-Event", "issues")
            .header("X-GitHub-Delivery", id)
            .header("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(mac.doFinal(body)))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A handler that holds its delivery until the test lets it go: a backlog of one. */
  @Singleton
  @Requires(property = "spec.name", value = "HealthIndicatorsTest")
  static class Blocking {
    static volatile CountDownLatch release = new CountDownLatch(0);

    @OnEvent("issues.opened")
    void on(EventContext context) throws InterruptedException {
      release.await();
    }
  }
}
