package dev.botwright.internal.reconcile;

import io.micronaut.json.tree.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One attempt of GitHub to deliver a webhook, as {@code GET /app/hook/deliveries} lists it.
 *
 * @param id the attempt's id, which {@code POST /app/hook/deliveries/{id}/attempts} redelivers
 * @param guid the delivery's {@code X-GitHub-Delivery}, shared by all its attempts
 * @param statusCode the HTTP status the bot answered, 0 when GitHub could not connect
 * @param deliveredAt when GitHub tried
 */
record HookDelivery(long id, String guid, int statusCode, Instant deliveredAt) {

  boolean succeeded() {
    return statusCode >= 200 && statusCode < 300;
  }

  /** The attempt in one list item, or empty when the item lacks a field this needs. */
  static Optional<HookDelivery> of(JsonNode item) {
    JsonNode id = item.get("id");
    JsonNode guid = item.get("guid");
    JsonNode status = item.get("status_code");
    JsonNode at = item.get("delivered_at");
    if (id == null || !id.isNumber() || guid == null || !guid.isString()) {
      return Optional.empty();
    }
    if (at == null || !at.isString()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new HookDelivery(
              id.getLongValue(),
              guid.getStringValue(),
              status != null && status.isNumber() ? status.getIntValue() : 0,
              Instant.parse(at.getStringValue())));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
