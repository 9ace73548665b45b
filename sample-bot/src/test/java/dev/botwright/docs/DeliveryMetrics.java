package dev.botwright.docs;

import dev.botwright.DeliveryFailure;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryListener;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/** Counts finished deliveries: a DeliveryListener is told about each one. */
// Off unless docs.snippets=true; it only counts, but the sample's tests need not know it exists.
@Requires(property = "docs.snippets", value = "true")
@Singleton
class DeliveryMetrics implements DeliveryListener {

  private final LongAdder handled = new LongAdder();
  private final LongAdder failed = new LongAdder();

  @Override
  public void finished(Delivery delivery, int handlers, Optional<DeliveryFailure> failure) {
    (failure.isPresent() ? failed : handled).increment();
  }

  long handled() {
    return handled.sum();
  }

  long failed() {
    return failed.sum();
  }
}
