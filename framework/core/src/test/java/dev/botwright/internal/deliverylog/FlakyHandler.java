package dev.botwright.internal.deliverylog;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fails the first time it sees an issue whose title starts with "Flaky" (with a token in its
 * message, which the page must mask), and succeeds every time after.
 */
@Singleton
@Requires(property = "spec.name", value = FlakyHandler.SPEC)
class FlakyHandler {

  static final String SPEC = "DeliveryPage";
  static final String LEAKED = "ghp_0123456789abcdefghijklmnopqrstuvwxyz";

  final Set<String> failed = ConcurrentHashMap.newKeySet();
  final Set<String> succeeded = ConcurrentHashMap.newKeySet();

  @OnEvent({"issues.opened", "issues.reopened"})
  void opened(EventContext context) {
    String title = context.payload().get("issue").get("title").getStringValue();
    if (title.startsWith("Flaky") && failed.add(context.deliveryId())) {
      throw new IllegalStateException("GitHub said 502 while using " + LEAKED);
    }
    succeeded.add(context.deliveryId());
  }

  @OnEvent("label.created")
  void labelled(EventContext context) {
    succeeded.add(context.deliveryId());
  }
}
