package dev.botwright.internal.webhook;

import dev.botwright.DeliveryFailure;
import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.github.GitHubClient;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryListener;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Beans of {@link WebhookIntakeTest}. */
final class IntakeTestBeans {

  private IntakeTestBeans() {}

  /** Records every issues delivery it handles. */
  @Singleton
  @Requires(property = "spec.name", value = "WebhookIntakeTest")
  static class IssuesHandler {
    final List<String> handled = new CopyOnWriteArrayList<>();

    @OnEvent("issues")
    void handle(EventContext context, GitHubClient github) {
      handled.add(context.deliveryId());
    }
  }

  /** Records every finished delivery, to wait for them. */
  @Singleton
  @Requires(property = "spec.name", value = "WebhookIntakeTest")
  static class Finished implements DeliveryListener {
    final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    @Override
    public void finished(Delivery delivery, int handlers, Optional<DeliveryFailure> failure) {
      deliveries.add(delivery);
    }

    boolean contains(String id) {
      return deliveries.stream().anyMatch(d -> d.id().equals(id));
    }
  }
}
