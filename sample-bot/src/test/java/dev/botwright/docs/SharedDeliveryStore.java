package dev.botwright.docs;

import dev.botwright.spi.DeliveryStore;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Replaces the in-memory delivery store with one that several processes share. */
// Its own property, never set in tests: it would replace the store the sample's tests run with.
@Requires(property = "docs.snippets.store", value = "true")
@Singleton
class SharedDeliveryStore implements DeliveryStore {

  /** Your shared store's client, e.g. Redis: SET key value NX PX window, DEL key. */
  interface KeyValue {
    boolean setIfAbsent(String key, String value, Duration ttl);

    void delete(String key);
  }

  private final KeyValue keyValue;

  SharedDeliveryStore(KeyValue keyValue) {
    this.keyValue = keyValue;
  }

  @Override
  public boolean recordIfNew(String deliveryId, Duration window) {
    return keyValue.setIfAbsent("delivery:" + deliveryId, "received", window); // atomic
  }

  @Override
  public void forget(String deliveryId) {
    keyValue.delete("delivery:" + deliveryId);
  }
}
