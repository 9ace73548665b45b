package dev.botwright.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.internal.dispatch.Fixtures;
import dev.botwright.spi.DeliveryJournal;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import dev.botwright.spi.DeliveryStorage;
import dev.botwright.spi.DeliveryStore;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Intake with the journal on (the default): durable acks, de-duplication, shutdown. */
@MicronautTest
@Property(name = "spec.name", value = "WebhookJournalTest")
@Property(name = "botwright.test.fake-event-clients", value = "true")
@Property(name = "botwright.webhook.secrets", value = "journal-secret")
@Property(name = "botwright.journal.enabled", value = "true")
@Property(name = "botwright.journal.dir", value = "target/journal-tests/WebhookJournalTest")
@Property(name = "botwright.dispatch.retry-after", value = "9s")
class WebhookJournalTest {

  private static final String SECRET = "journal-secret";

  @Inject EmbeddedServer server;
  @Inject DeliveryStorage storage;
  @Inject DeliveryStore store;
  @Inject DeliveryJournal journal;
  @Inject Handler handler;
  @Inject ShutdownGate gate;
  @Inject ApplicationContext context;

  private HttpResponse<String> send(String id) {
    return WebhookRequests.to(server.getURI())
        .event("issues", id, Fixtures.bytes("issues.opened"), SECRET)
        .send();
  }

  @Test
  void theJournalRecordsDeduplicatesAndClosesIntakeOnShutdown() {
    assertThat(storage).isSameAs(store).isSameAs(journal);
    String id = "journal-" + System.nanoTime();
    assertThat(send(id).body()).isEqualTo("{\"status\":\"accepted\"}");
    await().until(() -> journal.find(id).map(r -> r.state() == DeliveryState.DONE).orElse(false));
    assertThat(journal.find(id).orElseThrow().eventKey()).isEqualTo("issues.opened");
    assertThat(send(id).body()).isEqualTo("{\"status\":\"duplicate\"}");
    assertThat(handler.seen).containsExactly(id);

    gate.onApplicationEvent(new ShutdownEvent(context));
    HttpResponse<String> refused = send("after-shutdown");

    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.headers().firstValue("Retry-After")).contains("9");
    assertThat(refused.body())
        .isEqualTo("{\"error\":\"The bot is shutting down; retry after 9 seconds\"}");
    assertThat(journal.find("after-shutdown")).isEmpty();
  }

  @Singleton
  @Requires(property = "spec.name", value = "WebhookJournalTest")
  static class Handler {
    final List<String> seen = new CopyOnWriteArrayList<>();

    @OnEvent("issues.opened")
    void opened(EventContext context) {
      seen.add(context.deliveryId());
    }
  }
}
