package dev.botwright.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.internal.dispatch.Fixtures;
import dev.botwright.spi.DeliveryStore;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A store that cannot be reached (e.g. Redis down) makes intake answer 503, not 500. */
@MicronautTest
@Property(name = "spec.name", value = "WebhookStoreFailureTest")
@Property(name = "botwright.test.fake-event-clients", value = "true")
@Property(name = "botwright.webhook.secrets", value = "store-secret")
@Property(name = "botwright.dispatch.retry-after", value = "4s")
class WebhookStoreFailureTest {

  @Inject EmbeddedServer server;
  @Inject UnreachableStore store;

  @Test
  void aStoreFailureAnswers503WithRetryAfter() {
    HttpResponse<String> response =
        WebhookRequests.to(server.getURI())
            .event("issues", "unreachable", Fixtures.bytes("issues.opened"), "store-secret")
            .send();

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).contains("4");
    assertThat(response.body())
        .isEqualTo("{\"error\":\"The bot could not record the delivery; retry after 4 seconds\"}");
    assertThat(response.body()).doesNotContain("connection refused");
    assertThat(store.forgotten).containsExactly("unreachable");
  }

  @Singleton
  @Requires(property = "spec.name", value = "WebhookStoreFailureTest")
  static class UnreachableStore implements DeliveryStore {
    final List<String> forgotten = new CopyOnWriteArrayList<>();

    @Override
    public boolean recordIfNew(String deliveryId, Duration window) {
      throw new IllegalStateException("connection refused");
    }

    @Override
    public void forget(String deliveryId) {
      forgotten.add(deliveryId);
    }

    @OnEvent("issues.opened")
    void opened(EventContext context) {}
  }
}
