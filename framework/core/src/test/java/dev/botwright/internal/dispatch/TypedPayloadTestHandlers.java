package dev.botwright.internal.dispatch;

import dev.botwright.DeliveryFailure;
import dev.botwright.OnDeliveryError;
import dev.botwright.OnEvent;
import dev.botwright.event.IssuesEvent;
import dev.botwright.event.WebhookEvent;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Handlers of one delivery asking for its typed payload as three types, for {@link
 * TypedPayloadTest}.
 */
@Singleton
@Requires(property = "spec.name", value = "TypedPayloadTest")
class TypedPayloadTestHandlers {

  /** What each handler received, by handler name. */
  final Map<String, Object> received = new ConcurrentHashMap<>();

  final List<DeliveryFailure> failures = new CopyOnWriteArrayList<>();

  @OnEvent("issues.opened")
  void asRecord(IssuesEvent.Opened event) {
    received.put("asRecord", event);
  }

  @OnEvent("issues")
  void asEvent(IssuesEvent event) {
    received.put("asEvent", event);
  }

  @OnEvent("issues.opened")
  void asWebhookEvent(WebhookEvent event) {
    received.put("asWebhookEvent", event);
  }

  @OnDeliveryError
  void recordFailure(DeliveryFailure failure) {
    failures.add(failure);
  }
}
