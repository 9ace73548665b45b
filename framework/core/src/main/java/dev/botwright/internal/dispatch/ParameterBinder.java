package dev.botwright.internal.dispatch;

import dev.botwright.DeliveryFailure;
import org.jspecify.annotations.Nullable;

/** Produces one handler argument for one delivery; chosen once, when the handler is registered. */
@FunctionalInterface
interface ParameterBinder {

  /**
   * @param context the delivery's context
   * @param failure the delivery's failures, only for {@code @OnDeliveryError} methods, else null
   */
  Object bind(DefaultEventContext context, @Nullable DeliveryFailure failure);
}
