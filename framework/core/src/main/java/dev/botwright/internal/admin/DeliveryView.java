package dev.botwright.internal.admin;

import dev.botwright.spi.DeliveryJournal.DeliveryRecord;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A delivery as the admin API shows it: what the journal recorded, never the payload or a secret.
 */
@Serdeable
record DeliveryView(
    String id,
    String event,
    long installationId,
    String state,
    int attempts,
    Instant receivedAt,
    Instant updatedAt,
    @Nullable Instant nextAttemptAt,
    List<String> errors) {

  static DeliveryView of(DeliveryRecord record) {
    return new DeliveryView(
        record.id(),
        record.eventKey(),
        record.installationId(),
        record.state().name().toLowerCase(Locale.ROOT),
        record.attempts(),
        record.receivedAt(),
        record.updatedAt(),
        record.nextAttemptAt(),
        record.errors());
  }
}
