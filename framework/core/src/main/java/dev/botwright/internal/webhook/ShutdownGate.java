package dev.botwright.internal.webhook;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import jakarta.inject.Singleton;

/**
 * Closes intake when the application begins to stop, before the queue stops its workers, so that a
 * delivery arriving then gets a 503 with {@code Retry-After} rather than being half accepted.
 */
@Singleton
final class ShutdownGate implements ApplicationEventListener<ShutdownEvent> {

  private volatile boolean closed;

  @Override
  public void onApplicationEvent(ShutdownEvent event) {
    closed = true;
  }

  boolean isClosed() {
    return closed;
  }
}
