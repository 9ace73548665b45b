package dev.botwright.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.internal.dispatch.Fixtures;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;

/**
 * On shutdown Micronaut stops the blocking executor before the server closes its port; a delivery
 * whose body finishes arriving in between gets the shutdown 503, not a 500 with a logged
 * RejectedExecutionException (seen in GracefulShutdownIT).
 */
@MicronautTest
@Property(name = "botwright.test.fake-event-clients", value = "true")
@Property(name = "botwright.webhook.secrets", value = "race-secret")
class WebhookShutdownRaceTest {

  @Inject EmbeddedServer server;

  @Inject
  @Named(TaskExecutors.BLOCKING)
  ExecutorService blocking;

  @Test
  void aDeliveryArrivingAfterTheExecutorStoppedIsRefusedAsShuttingDown() {
    blocking.shutdown();

    HttpResponse<String> response =
        WebhookRequests.to(server.getURI())
            .event("issues", "late", Fixtures.bytes("issues.opened"), "race-secret")
            .send();

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).isEqualTo("{\"error\":\"The bot is shutting down\"}");
  }
}
