package dev.botwright.internal.dispatch;

import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Optional;

/**
 * What intake learned of a delivery in one look-up: the handlers that listen to it, in their stable
 * order, and the ordering key their {@link dev.botwright.Sequential} scopes give it. The runner
 * hands it back to {@link DeliveryProcessor#process}, so the handlers are looked up once.
 */
@Internal
public final class DeliveryPlan {

  /** No handler of this registry, no ordering: for processors other than the default (tests). */
  public static final DeliveryPlan NONE = new DeliveryPlan(List.of(), null);

  final List<HandlerMethod> handlers;
  private final @Nullable String orderingKey;

  DeliveryPlan(List<HandlerMethod> handlers, @Nullable String orderingKey) {
    this.handlers = handlers;
    this.orderingKey = orderingKey;
  }

  /** A plan with no handlers of this registry in the lane {@code orderingKey} (tests). */
  public static DeliveryPlan ordered(Optional<String> orderingKey) {
    return orderingKey.isEmpty() ? NONE : new DeliveryPlan(List.of(), orderingKey.get());
  }

  /**
   * {@code repo:<owner>/<name>} or {@code issue:<owner>/<name>#<number>} when a handler asked for
   * ordering and the payload names a repository; empty otherwise.
   */
  public Optional<String> orderingKey() {
    return Optional.ofNullable(orderingKey);
  }

  @Override
  public String toString() {
    return "DeliveryPlan[handlers=" + handlers.size() + ", orderingKey=" + orderingKey + "]";
  }
}
