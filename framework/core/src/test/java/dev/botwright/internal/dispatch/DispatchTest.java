package dev.botwright.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.DeliveryFailure;
import dev.botwright.EventContext;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryStore;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false)
@Property(name = "spec.name", value = "DispatchTest")
@Property(name = "botwright.test.fake-event-clients", value = "true")
class DispatchTest {

  @Inject DeliveryProcessor processor;
  @Inject DispatchTestHandlers handlers;
  @Inject DispatchTestHandlers.Greeting greeting;
  @Inject DispatchTestHandlers.Listener listener;
  @Inject FakeEventClients clients;
  @Inject DeliveryStore store;

  @BeforeEach
  void reset() {
    handlers.order.clear();
    handlers.received.clear();
    handlers.failures.clear();
    listener.finished.clear();
  }

  private Delivery deliver(String id, String fixture, String event, String action) {
    Delivery delivery = Fixtures.delivery(id, event, action, 2311213, Fixtures.bytes(fixture));
    store.recordIfNew(id, Duration.ofMinutes(1));
    Fixtures.process(processor, delivery, DeliveryProcessor.Attempt.ONLY);
    return delivery;
  }

  @Test
  void everyHandlerRunsInAStableOrderWhenSomeThrow() {
    deliver("all-run", "issues.opened", "issues", "opened");

    assertThat(handlers.order).containsExactly("aFails", "bBinds", "cEverything:issues.opened");
    assertThat(handlers.failures).hasSize(1);
    DeliveryFailure failure = handlers.failures.get(0);
    assertThat(failure.deliveryId()).isEqualTo("all-run");
    assertThat(failure.event()).isEqualTo("issues");
    assertThat(failure.action()).isEqualTo("opened");
    assertThat(failure.installationId()).isEqualTo(OptionalLong.of(2311213));
    assertThat(failure.failures())
        .extracting(DeliveryFailure.HandlerFailure::handler)
        .containsExactly("DispatchTestHandlers#aFails", "DispatchTestHandlers#bBinds");
    assertThat(failure.failures().get(0).error()).hasMessage("aFails failed");
    assertThat(failure.failures().get(1).error())
        .isInstanceOf(IOException.class)
        .hasMessage("bBinds failed");
    assertThat(((EventContext) handlers.received.get("recordFailure").get(1)).deliveryId())
        .isEqualTo("all-run");
    assertThat(listener.finished).hasSize(1);
    assertThat(listener.finished.get(0)[1]).isEqualTo(3);
    assertThat(listener.finished.get(0)[2]).isEqualTo(Optional.of(failure));
  }

  @Test
  void bindsParametersByType() {
    deliver("binding", "issues.opened", "issues", "opened");

    List<Object> a = handlers.received.get("aFails");
    List<Object> b = handlers.received.get("bBinds");
    EventContext context = (EventContext) a.get(0);
    assertThat(context.deliveryId()).isEqualTo("binding");
    assertThat(a.get(2)).as("MDC during the handler").isEqualTo("binding");

    var payload = (DispatchTestHandlers.IssuesPayload) b.get(0);
    assertThat(payload.action()).isEqualTo("opened");
    assertThat(payload.issue().number()).isEqualTo(1);
    assertThat(payload.issue().title()).isEqualTo("Spelling error in the README file");
    assertThat(b.get(4)).as("the payload is read once per type").isSameAs(payload);
    assertThat(((JsonNode) b.get(1)).get("installation").get("id").getLongValue())
        .isEqualTo(2311213);
    assertThat(b.get(1)).isSameAs(context.payload());
    assertThat(b.get(3)).isSameAs(greeting);
  }

  @Test
  void createsOneClientPerDeliverySharedByItsHandlers() {
    deliver("one-client", "issues.opened", "issues", "opened");

    assertThat(clients.createdFor("one-client")).hasSize(1);
    Object client = clients.createdFor("one-client").get(0).client();
    assertThat(handlers.received.get("aFails").get(1)).isSameAs(client);
    assertThat(handlers.received.get("bBinds").get(2)).isSameAs(client);
    assertThat(clients.createdFor("one-client").get(0).installationId()).isEqualTo(2311213);
  }

  @Test
  void aDeliveryWithoutFailuresSkipsTheErrorHooks() {
    deliver("clean", "pull_request.opened", "pull_request", "opened");

    assertThat(handlers.order).containsExactly("cEverything:pull_request.opened");
    assertThat(handlers.failures).isEmpty();
    assertThat(clients.createdFor("clean")).as("no handler asked for a client").isEmpty();
    assertThat(listener.finished.get(0)[1]).isEqualTo(1);
    assertThat(listener.finished.get(0)[2]).isEqualTo(Optional.empty());
  }

  @Test
  void eventsWithoutActionReachEventAndWildcardHandlers() {
    deliver("push", "push", "push", null);

    assertThat(handlers.order).containsExactly("cEverything:push");
  }

  @Test
  void aFailureIsLoggedOnceWithEveryHandlerAndItsCoordinates() {
    LogCapture log = LogCapture.attach();
    try {
      deliver("logged", "issues.opened", "issues", "opened");
    } finally {
      log.detach();
    }
    var errors =
        log.events().stream()
            .filter(e -> e.getLoggerName().equals(DefaultDeliveryProcessor.class.getName()))
            .toList();
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0).getFormattedMessage())
        .startsWith(
            "Delivery logged (issues.opened, installation 2311213) failed in 2 of 3 handlers:")
        .contains(
            "DispatchTestHandlers#aFails threw java.lang.IllegalStateException: aFails failed")
        .contains("DispatchTestHandlers#bBinds threw java.io.IOException: bBinds failed");
    assertThat(errors.get(0).getThrowableProxy().getSuppressed()).hasSize(2);
    assertThat(errors.get(1).getFormattedMessage())
        .isEqualTo(
            "Error hook DispatchTestHandlers#brokenHook failed for delivery logged (issues.opened)");
    assertThat(errors.get(2).getFormattedMessage()).startsWith("Delivery listener ");
  }
}
