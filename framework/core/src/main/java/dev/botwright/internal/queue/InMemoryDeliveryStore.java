package dev.botwright.internal.queue;

import dev.botwright.spi.DeliveryStore;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The default store: delivery ids in memory, each remembered for the dedupe window, at most {@link
 * #DEFAULT_MAX_IDS} of them (the oldest are forgotten first). One lock keeps {@link #recordIfNew}
 * atomic; every operation is a few map steps under it.
 */
@Singleton
@Requires(missingBeans = DeliveryStore.class)
final class InMemoryDeliveryStore implements DeliveryStore {

  /** About 20 MB of ids: several hours of a busy app's deliveries. */
  static final int DEFAULT_MAX_IDS = 200_000;

  private final int maxIds;
  private final LongSupplier nanoTime;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

  @Inject
  InMemoryDeliveryStore() {
    this(DEFAULT_MAX_IDS, System::nanoTime);
  }

  InMemoryDeliveryStore(int maxIds, LongSupplier nanoTime) {
    this.maxIds = maxIds;
    this.nanoTime = nanoTime;
  }

  @Override
  public synchronized boolean recordIfNew(String deliveryId, Duration window) {
    long now = nanoTime.getAsLong();
    expire(now);
    Entry existing = entries.get(deliveryId);
    if (existing != null && existing.expiresAt - now > 0) {
      return false;
    }
    // Re-inserted at the end so insertion order stays (close to) expiry order.
    entries.remove(deliveryId);
    entries.put(deliveryId, new Entry(now + window.toNanos()));
    if (entries.size() > maxIds) {
      Iterator<String> oldest = entries.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    return true;
  }

  @Override
  public synchronized void forget(String deliveryId) {
    entries.remove(deliveryId);
  }

  synchronized int size() {
    return entries.size();
  }

  private void expire(long now) {
    Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
    while (it.hasNext()) {
      if (it.next().getValue().expiresAt - now > 0) {
        return;
      }
      it.remove();
    }
  }

  private record Entry(long expiresAt) {}
}
