package dev.botwright.test;

import dev.botwright.DeliveryFailure;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** Lets a test wait until every handler of a delivery has finished. */
@Singleton
// Last of all listeners: a test resumes only once every other listener has seen the delivery too.
final class DeliveryTracker implements DeliveryListener, Ordered {

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  private final Map<String, CompletableFuture<DeliveryOutcome>> outcomes =
      new ConcurrentHashMap<>();

  @Override
  public void finished(Delivery delivery, int handlers, Optional<DeliveryFailure> failure) {
    future(delivery.id()).complete(new DeliveryOutcome(handlers, failure));
  }

  CompletableFuture<DeliveryOutcome> future(String deliveryId) {
    return outcomes.computeIfAbsent(deliveryId, id -> new CompletableFuture<>());
  }

  /** What happened to one delivery once its handlers finished. */
  record DeliveryOutcome(int handlers, Optional<DeliveryFailure> failure) {}
}
