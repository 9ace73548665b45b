package dev.botwright.internal.queue;

import dev.botwright.spi.Delivery;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A delivery as a queue schedules it: which attempt is next and which handlers it runs. */
final class Task {

  final String id;
  final long installationId;

  /** Null when the delivery may run in any order. */
  final @Nullable String orderingKey;

  final long bytes;

  /** Null when the payload lives in the journal and is read back for each attempt. */
  final @Nullable Delivery delivery;

  int attempts;
  Set<String> handlers = Set.of();
  long dueMillis;

  Task(
      String id,
      long installationId,
      @Nullable String orderingKey,
      long bytes,
      @Nullable Delivery delivery) {
    this.id = id;
    this.installationId = installationId;
    this.orderingKey = orderingKey;
    this.bytes = bytes;
    this.delivery = delivery;
  }
}
