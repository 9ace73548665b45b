package dev.botwright.internal.proxy;

import dev.botwright.DeliveryFailure;
import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryListener;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Beans of {@link WebhookProxyTest}. */
final class ProxyTestBeans {

  private ProxyTestBeans() {}

  /** Records the delivery id of every issues event it handles, in order. */
  @Singleton
  @Requires(property = "spec.name", value = "WebhookProxyTest")
  static class IssuesHandler {
    final List<String> handled = new CopyOnWriteArrayList<>();

    @OnEvent("issues")
    void handle(EventContext context) {
      handled.add(context.deliveryId());
    }
  }

  /** Records every finished delivery as the pipeline recorded it. */
  @Singleton
  @Requires(property = "spec.name", value = "WebhookProxyTest")
  static class Finished implements DeliveryListener {
    final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    @Override
    public void finished(Delivery delivery, int handlers, Optional<DeliveryFailure> failure) {
      deliveries.add(delivery);
    }

    Delivery get(String id) {
      return deliveries.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }
  }
}
