package dev.botwright.docs;

import dev.botwright.DeliveryFailure;
import dev.botwright.EventContext;
import dev.botwright.OnDeliveryError;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Called once per delivery in which some handler threw. */
// Off unless docs.snippets=true, so that the sample bot's tests see only the sample's handlers.
@Requires(property = "docs.snippets", value = "true")
@Singleton
class FailureReporter {

  @OnDeliveryError
  void report(DeliveryFailure failure, EventContext ctx) {
    for (DeliveryFailure.HandlerFailure handler : failure.failures()) {
      ctx.log()
          .warn(
              "{} failed on {}: {}",
              handler.handler(),
              ctx.eventKey(),
              handler.error().getMessage());
    }
  }
}
