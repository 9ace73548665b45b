package dev.botwright.dispatch;

import dev.botwright.journal.Location;
import dev.botwright.journal.LogRecord;
import dev.botwright.spi.DeliveryJournal.DeliveryRecord;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What the journal queue keeps in memory of one delivery (never its payload). */
final class JournalIndex {

  private JournalIndex() {}

  /** One delivery; {@code state == null} while intake has reserved the id but not written it. */
  static final class Entry {
    final String id;
    String eventKey = "";
    long installationId;
    long receivedAt;
    DeliveryState state;
    int attempts;
    long updatedAt;
    long nextAttemptAt;
    Set<String> handlers = Set.of();
    List<String> errors = List.of();
    volatile Location location;
    Task task;

    Entry(String id) {
      this.id = id;
    }

    void received(LogRecord.Received record, Location where) {
      eventKey = record.action() == null ? record.event() : record.event() + "." + record.action();
      installationId = record.installationId();
      receivedAt = record.receivedAt();
      updatedAt = record.receivedAt();
      state = DeliveryState.RECEIVED;
      attempts = 0;
      nextAttemptAt = 0;
      handlers = Set.of();
      errors = List.of();
      location = record.body() == null ? null : where;
    }

    void apply(LogRecord.State record) {
      state = record.state();
      attempts = record.attempts();
      updatedAt = record.updatedAt();
      nextAttemptAt = record.nextAttemptAt();
      handlers = record.handlers();
      errors = record.errors();
    }

    LogRecord.State state(DeliveryState next, long now) {
      return new LogRecord.State(id, next, attempts, now, nextAttemptAt, handlers, errors);
    }

    boolean live() {
      return state == DeliveryState.RECEIVED
          || state == DeliveryState.RUNNING
          || state == DeliveryState.FAILED;
    }

    DeliveryRecord record() {
      return new DeliveryRecord(
          id,
          eventKey,
          installationId,
          state,
          attempts,
          Instant.ofEpochMilli(receivedAt),
          Instant.ofEpochMilli(updatedAt),
          state == DeliveryState.FAILED ? Instant.ofEpochMilli(nextAttemptAt) : null,
          errors);
    }
  }
}
