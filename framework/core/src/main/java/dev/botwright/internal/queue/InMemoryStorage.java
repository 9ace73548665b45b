package dev.botwright.internal.queue;

import dev.botwright.config.DispatchConfiguration;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryStorage;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The storage when the journal is off ({@code botwright.journal.enabled=false}): bounded, in memory
 * (a payload over {@code queue-max-bytes} is refused), with what was accepted run to the end at
 * shutdown within the timeout; everything waiting is lost when the process stops. Exposed only as a
 * {@link DeliveryStorage}, so the admin API and the reconciler see no journal in this mode.
 */
@Singleton
@Bean(typed = DeliveryStorage.class)
@Requires(missingBeans = DeliveryStorage.class)
@Requires(property = "botwright.journal.enabled", value = "false", defaultValue = "true")
final class InMemoryStorage extends LocalStorage {

  private static final Logger LOG = LoggerFactory.getLogger(InMemoryStorage.class);

  /** Finished deliveries that {@link #find} still shows; each costs a few hundred bytes. */
  static final int MAX_REMEMBERED = 10_000;

  private final Duration shutdownTimeout;

  @Inject
  InMemoryStorage(DispatchConfiguration dispatch) {
    this(
        Clock.systemUTC(),
        dispatch.getQueueCapacity(),
        dispatch.getQueueMaxBytes(),
        dispatch.getShutdownTimeout());
  }

  InMemoryStorage(Clock clock, int capacity, long maxBytes, Duration shutdownTimeout) {
    this(clock, capacity, maxBytes, MAX_REMEMBERED, shutdownTimeout);
  }

  InMemoryStorage(
      Clock clock, int capacity, long maxBytes, int maxRemembered, Duration shutdownTimeout) {
    super(clock, capacity, maxBytes, maxRemembered, true);
    this.shutdownTimeout = shutdownTimeout;
  }

  @Override
  protected Object writeReceived(Delivery delivery) {
    return delivery;
  }

  @Override
  protected void writeState(LocalIndex.Entry entry) {
    // Nothing outlives the process.
  }

  @Override
  protected @Nullable Delivery read(LocalIndex.Entry entry) {
    return (Delivery) entry.where;
  }

  @Override
  protected boolean refusesOverBudget() {
    return true;
  }

  @Override
  protected void finished(LocalIndex.Entry entry) {
    if (entry.state == DeliveryState.DONE) {
      // Dead payloads stay for a replay; done ones are not worth their memory.
      entry.where = null;
    }
  }

  @Override
  public void close() {
    int unfinished = pending();
    if (unfinished > 0) {
      LOG.warn(
          "Dispatch stopped after {} with {} accepted deliveries unfinished; redeliver them from"
              + " the app's advanced settings or GET /app/hook/deliveries",
          shutdownTimeout,
          unfinished);
    } else {
      LOG.debug("Dispatch stopped; every accepted delivery finished");
    }
  }
}
