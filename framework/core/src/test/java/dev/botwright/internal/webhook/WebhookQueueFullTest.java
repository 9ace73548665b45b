package dev.botwright.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.DeliveryFailure;
import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.internal.dispatch.Fixtures;
import dev.botwright.internal.queue.DeliveryRunner;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryListener;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@MicronautTest
@Property(name = "spec.name", value = "WebhookQueueFullTest")
@Property(name = "botwright.test.fake-event-clients", value = "true")
@Property(name = "botwright.webhook.secrets", value = "queue-secret")
@Property(name = "botwright.webhook.max-payload-bytes", value = "4000")
@Property(name = "botwright.dispatch.workers", value = "1")
@Property(name = "botwright.dispatch.queue-capacity", value = "1")
@Property(name = "botwright.dispatch.retry-after", value = "7s")
@Property(name = "micronaut.server.max-request-buffer-size", value = "10000")
class WebhookQueueFullTest {

  private static final String SECRET = "queue-secret";
  private static final byte[] ISSUE = Fixtures.bytes("issues.opened");

  @Inject EmbeddedServer server;
  @Inject BlockingHandler handler;
  @Inject DeliveryRunner queue;

  private HttpResponse<String> send(String id) {
    return WebhookRequests.to(server.getURI()).event("issues", id, ISSUE, SECRET).send();
  }

  @Test
  void aFullQueueAnswers503WithRetryAfterAndForgetsTheDelivery() throws Exception {
    assertThat(send("running").statusCode()).isEqualTo(202);
    assertThat(handler.started.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(send("waiting").statusCode()).isEqualTo(202);

    HttpResponse<String> refused = send("refused");

    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.headers().firstValue("Retry-After")).contains("7");
    assertThat(refused.body()).isEqualTo("{\"error\":\"The bot is busy; retry after 7 seconds\"}");

    handler.release.countDown();
    await().atMost(Duration.ofSeconds(10)).until(() -> queue.pending() == 0);
    HttpResponse<String> redelivered = send("refused");
    assertThat(redelivered.statusCode()).isEqualTo(202);
    assertThat(redelivered.body()).isEqualTo("{\"status\":\"accepted\"}");
    await().atMost(Duration.ofSeconds(10)).until(() -> handler.finished.contains("refused"));
    assertThat(handler.handled).containsExactly("running", "waiting", "refused");
  }

  @Test
  void refusesPayloadsOverTheConfiguredLimitWithJson() {
    byte[] large = new byte[5000];
    java.util.Arrays.fill(large, (byte) ' ');
    large[0] = '{';
    large[large.length - 1] = '}';

    HttpResponse<String> ours =
        WebhookRequests.to(server.getURI()).event("issues", "large", large, SECRET).send();
    byte[] larger = new byte[20_000];
    System.arraycopy(large, 0, larger, 0, large.length);
    HttpResponse<String> micronauts =
        WebhookRequests.to(server.getURI())
            .event("issues", "larger", "{}".getBytes(StandardCharsets.UTF_8), SECRET)
            .body(larger)
            .send();

    for (HttpResponse<String> response : List.of(ours, micronauts)) {
      assertThat(response.statusCode()).isEqualTo(413);
      assertThat(response.body())
          .isEqualTo("{\"error\":\"The payload is larger than 4000 bytes\"}");
    }
    assertThat(handler.handled).doesNotContain("large", "larger");
  }

  /** Holds the first delivery until released, so the queue fills up. */
  @Singleton
  @Requires(property = "spec.name", value = "WebhookQueueFullTest")
  static class BlockingHandler implements DeliveryListener {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final List<String> handled = new CopyOnWriteArrayList<>();
    final List<String> finished = new CopyOnWriteArrayList<>();

    @OnEvent("issues.opened")
    void handle(EventContext context) throws InterruptedException {
      started.countDown();
      release.await(20, TimeUnit.SECONDS);
      handled.add(context.deliveryId());
    }

    @Override
    public void finished(Delivery delivery, int handlers, Optional<DeliveryFailure> failure) {
      finished.add(delivery.id());
    }
  }
}
