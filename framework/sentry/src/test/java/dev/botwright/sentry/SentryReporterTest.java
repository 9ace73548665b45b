package dev.botwright.sentry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Handler failures and dead deliveries reach a fake Sentry endpoint, scrubbed. */
class SentryReporterTest {

  static final String SECRET = "test-webhook-secret";
  static final String TOKEN = "ghs_" + "abcdefghijklmnopqrstuvwxyz0123456789";
  static final String PAYLOAD =
      "{\"action\":\"opened\",\"installation\":{\"id\":42},"
          + "\"repository\":{\"full_name\":\"octo/hello\"},"
          + "\"issue\":{\"body\":\"private words token="
          + "ghp_abcdefghijklmnopqrstuvwxyz\"}}";

  private final HttpClient http = HttpClient.newHttpClient();
  private FakeSentry sentry;
  private EmbeddedServer server;

  @BeforeEach
  void startSentry() throws Exception {
    sentry = FakeSentry.start();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.getApplicationContext().close();
    }
    sentry.close();
  }

  private void start(Map<String, Object> extra) {
    Map<String, Object> properties = new HashMap<>(extra);
    properties.put("spec.name", "SentryReporterTest");
    // Two attempts: the first is retried, the second leaves the delivery dead.
    properties.put("botwright.dispatch.max-attempts", "2");
    properties.put("botwright.journal.enabled", "false");
    properties.put("botwright.dispatch.retry-initial-backoff", "10ms");
    properties.put("botwright.dispatch.retry-max-backoff", "10ms");
    server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
  }

  @Test
  void aFailingHandlerIsReportedPerAttemptWithTheDeliveryCoordinates() throws Exception {
    start(Map.of("botwright.sentry.dsn", sentry.dsn()));

    String id = "d-1-" + UUID.randomUUID();
    assertThat(post(id)).isEqualTo(202);

    await().atMost(Duration.ofSeconds(20)).until(() -> sentry.events().size() == 2);
    List<Map<String, Object>> events = parsed();
    Map<String, Object> first = attempt(events, "1");
    assertThat(tags(first))
        .containsEntry("delivery.id", id)
        .containsEntry("event", "issues")
        .containsEntry("action", "opened")
        .containsEntry("installation.id", "42")
        .containsEntry("repository", "octo/hello")
        .containsEntry("handler", "Handler#fail")
        .containsEntry("outcome", "retrying");
    assertThat(tags(attempt(events, "2"))).containsEntry("outcome", "dead");
    String json = sentry.events().get(0);
    assertThat(json)
        .contains("IllegalStateException")
        .contains("handler broke")
        .contains("\"frames\"");
  }

  @Test
  void secretsAndThePayloadNeverReachSentry() throws Exception {
    start(Map.of("botwright.sentry.dsn", sentry.dsn()));

    post("d-2-" + UUID.randomUUID());

    await().atMost(Duration.ofSeconds(20)).until(() -> sentry.events().size() == 2);
    String all = String.join("\n", sentry.envelopes());
    assertThat(all)
        .contains("handler broke")
        .doesNotContain(TOKEN)
        .doesNotContain(SECRET)
        .doesNotContain("private words")
        .contains("[redacted]");
  }

  @Test
  void thePayloadIsSentMaskedWhenAskedFor() throws Exception {
    start(Map.of("botwright.sentry.dsn", sentry.dsn(), "botwright.sentry.include-payload", "true"));

    post("d-3-" + UUID.randomUUID());

    await().atMost(Duration.ofSeconds(20)).until(() -> sentry.events().size() == 2);
    assertThat(sentry.events().get(0))
        .contains("private words")
        .contains("octo/hello")
        .doesNotContain("ghp_abcdefghijklmnopqrstuvwxyz");
  }

  @Test
  void withoutADsnNothingIsSentAndNoReporterExists() throws Exception {
    start(Map.of());

    post("d-4-" + UUID.randomUUID());

    Handler handler = server.getApplicationContext().getBean(Handler.class);
    await().atMost(Duration.ofSeconds(20)).until(() -> handler.calls.get() == 2);
    assertThat(server.getApplicationContext().containsBean(SentryReporter.class)).isFalse();
    assertThat(sentry.envelopes()).isEmpty();
  }

  private List<Map<String, Object>> parsed() throws Exception {
    JsonMapper json = server.getApplicationContext().getBean(JsonMapper.class);
    List<Map<String, Object>> events = new java.util.ArrayList<>();
    for (String event : sentry.events()) {
      events.add(
          json.readValue(
              event.getBytes(StandardCharsets.UTF_8), Argument.mapOf(String.class, Object.class)));
    }
    return events;
  }

  private static Map<String, Object> attempt(List<Map<String, Object>> events, String number) {
    return events.stream()
        .filter(e -> number.equals(tags(e).get("attempt")))
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> tags(Map<String, Object> event) {
    return (Map<String, Object>) event.get("tags");
  }

  private int post(String id) throws Exception {
    byte[] body = PAYLOAD.getBytes(StandardCharsets.UTF_8);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getPort() + "/api/github/webhooks"))
            .header("Content-Type", "application/json")
            .header("X-GitHub-Event", "issues")
            .header("X-GitHub-Delivery", id)
            .header("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(mac.doFinal(body)))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  /** Throws a message holding an installation token and the webhook secret. */
  @Singleton
  @Requires(property = "spec.name", value = "SentryReporterTest")
  static class Handler {
    final AtomicInteger calls = new AtomicInteger();

    @OnEvent("issues.opened")
    void fail(EventContext ctx) {
      calls.incrementAndGet();
      throw new IllegalStateException("handler broke with " + TOKEN + " and " + SECRET);
    }
  }
}
