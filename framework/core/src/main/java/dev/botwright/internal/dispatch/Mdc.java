package dev.botwright.internal.dispatch;

import dev.botwright.spi.Delivery;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.MDC;

/** Puts a delivery's coordinates into the MDC for a scope and restores what was there before. */
final class Mdc implements AutoCloseable {

  static final String DELIVERY_ID = "deliveryId";
  static final String EVENT = "event";
  static final String INSTALLATION_ID = "installationId";

  private final Map<String, String> previous = new HashMap<>();

  private Mdc(Map<String, String> values) {
    values.forEach(
        (key, value) -> {
          previous.put(key, MDC.get(key));
          MDC.put(key, value);
        });
  }

  static Map<String, String> of(Delivery delivery) {
    Map<String, String> values = new HashMap<>();
    values.put(DELIVERY_ID, delivery.id());
    values.put(EVENT, delivery.eventKey());
    if (delivery.installationId() != 0) {
      values.put(INSTALLATION_ID, Long.toString(delivery.installationId()));
    }
    return values;
  }

  static Mdc open(Map<String, String> values) {
    return new Mdc(values);
  }

  @Override
  public void close() {
    previous.forEach(
        (key, value) -> {
          if (value == null) {
            MDC.remove(key);
          } else {
            MDC.put(key, value);
          }
        });
  }
}
