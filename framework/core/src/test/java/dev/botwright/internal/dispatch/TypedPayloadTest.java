package dev.botwright.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.DeliveryFailure;
import dev.botwright.event.ExamplePayload;
import dev.botwright.event.IssuesEvent;
import dev.botwright.internal.dispatch.DeliveryProcessor.Attempt;
import dev.botwright.internal.dispatch.DeliveryProcessor.AttemptResult;
import dev.botwright.json.JsonBindingException;
import dev.botwright.spi.DeliveryStore;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Handlers that take a generated record get it read once per delivery, whatever type they ask. */
@MicronautTest(startApplication = false)
@Property(name = "spec.name", value = "TypedPayloadTest")
@Property(name = "botwright.test.fake-event-clients", value = "true")
class TypedPayloadTest {

  /** A first attempt of several: only a permanent failure makes it final. */
  private static final Attempt FIRST = new Attempt(1, Set.of(), false);

  @Inject DeliveryProcessor processor;
  @Inject TypedPayloadTestHandlers handlers;
  @Inject DeliveryStore store;

  @BeforeEach
  void reset() {
    handlers.received.clear();
    handlers.failures.clear();
  }

  private AttemptResult deliver(String id, ExamplePayload payload) {
    store.recordIfNew(id, Duration.ofMinutes(1));
    return Fixtures.process(
        processor, Fixtures.delivery(id, "issues", "opened", 0, payload.bytes()), FIRST);
  }

  @Test
  void theRecordTheSealedEventAndWebhookEventAreOneInstance() {
    AttemptResult result = deliver("typed", ExamplePayload.of("issues.opened"));

    assertThat(result.failure()).isEmpty();
    assertThat(handlers.received).containsOnlyKeys("asRecord", "asEvent", "asWebhookEvent");
    Object record = handlers.received.get("asRecord");
    assertThat(record).isInstanceOf(IssuesEvent.Opened.class);
    assertThat(((IssuesEvent.Opened) record).issue().title())
        .isEqualTo("Spelling error in the README file");
    assertThat(handlers.received.get("asEvent")).isSameAs(record);
    assertThat(handlers.received.get("asWebhookEvent")).isSameAs(record);
  }

  @Test
  void aMissingRequiredFieldFailsEveryTypedHandlerForGood() {
    AttemptResult result =
        deliver("broken", ExamplePayload.of("issues.opened").without("issue.title"));

    assertThat(handlers.received).isEmpty();
    assertThat(result.permanent()).as("not retried though attempts remain").isTrue();
    assertThat(result.failedHandlers())
        .containsExactlyInAnyOrder(
            "TypedPayloadTestHandlers#asRecord",
            "TypedPayloadTestHandlers#asEvent",
            "TypedPayloadTestHandlers#asWebhookEvent");
    assertThat(handlers.failures).hasSize(1);
    for (DeliveryFailure.HandlerFailure failure : handlers.failures.get(0).failures()) {
      assertThat(failure.error()).isInstanceOf(JsonBindingException.class);
      JsonBindingException e = (JsonBindingException) failure.error();
      assertThat(e.path()).isEqualTo("issue.title");
      assertThat(e.deliveryId()).isEqualTo("broken");
      assertThat(e.eventKey()).isEqualTo("issues.opened");
    }
  }
}
