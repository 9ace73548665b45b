package dev.botwright.internal.dispatch;

import dev.botwright.DeliveryFailure;
import dev.botwright.EventContext;
import dev.botwright.OnDeliveryError;
import dev.botwright.OnEvent;
import dev.botwright.PermanentFailure;
import dev.botwright.github.GitHubClient;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryListener;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.MDC;

/** Handlers for {@link DispatchTest}; each records what it received. */
@Singleton
@Requires(property = "spec.name", value = "DispatchTest")
class DispatchTestHandlers {

  /** What one handler call received, by handler name. */
  final Map<String, List<Object>> received = new ConcurrentHashMap<>();

  final List<String> order = new CopyOnWriteArrayList<>();
  final List<DeliveryFailure> failures = new CopyOnWriteArrayList<>();

  @OnEvent("issues.opened")
  void aFails(EventContext context, GitHubClient github) {
    order.add("aFails");
    received.put("aFails", List.of(context, github, String.valueOf(MDC.get("deliveryId"))));
    throw new IllegalStateException("aFails failed");
  }

  @OnEvent({"issues", "issues.opened"})
  void bBinds(
      IssuesPayload payload,
      JsonNode tree,
      GitHubClient github,
      Greeting greeting,
      EventContext context)
      throws IOException {
    order.add("bBinds");
    received.put(
        "bBinds", List.of(payload, tree, github, greeting, context.payload(IssuesPayload.class)));
    throw new IOException("bBinds failed");
  }

  /** New comments fail for good, recording which attempt saw them. */
  @OnEvent("issue_comment.created")
  void dPermanent(EventContext context) {
    order.add("dPermanent:attempt " + context.attempt());
    throw new PermanentFailure("the branch is gone");
  }

  @OnEvent("*")
  void cEverything(EventContext context) {
    order.add("cEverything:" + context.eventKey());
  }

  @OnDeliveryError
  void brokenHook(DeliveryFailure failure) {
    throw new IllegalStateException("the error hook itself failed");
  }

  @OnDeliveryError
  void recordFailure(DeliveryFailure failure, EventContext context) {
    failures.add(failure);
    received.put("recordFailure", List.of(failure, context));
  }

  /** The part of an issues payload that these tests read. */
  @Serdeable
  record IssuesPayload(String action, Issue issue) {
    @Serdeable
    record Issue(long number, String title) {}
  }

  /** A plain bean a handler asks for. */
  @Singleton
  @Requires(property = "spec.name", value = "DispatchTest")
  static class Greeting {}

  /** Records finished deliveries. */
  @Singleton
  @Requires(property = "spec.name", value = "DispatchTest")
  static class Listener implements DeliveryListener {
    final List<Object[]> finished = new CopyOnWriteArrayList<>();

    @Override
    public void finished(Delivery delivery, int handlers, Optional<DeliveryFailure> failure) {
      finished.add(new Object[] {delivery, handlers, failure});
    }
  }

  /** A listener that throws must not stop the others. */
  @Singleton
  @Requires(property = "spec.name", value = "DispatchTest")
  static class BrokenListener implements DeliveryListener {
    @Override
    public void finished(Delivery delivery, int handlers, Optional<DeliveryFailure> failure) {
      throw new IllegalStateException("listener failed");
    }
  }
}
