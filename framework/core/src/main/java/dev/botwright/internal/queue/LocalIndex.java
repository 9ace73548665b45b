package dev.botwright.internal.queue;

import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryJournal.DeliveryRecord;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import io.micronaut.core.annotation.Internal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a storage in this process keeps in memory of one delivery (the payload only if held). */
@Internal
public final class LocalIndex {

  private LocalIndex() {}

  /**
   * One delivery; {@code state == null} while intake has reserved the id but not appended it.
   * Guarded by its own monitor.
   */
  public static final class Entry {
    public final String id;
    public String eventKey = "";
    public long installationId;
    public long receivedAt;
    public @Nullable DeliveryState state;
    public int attempts;
    public long updatedAt;
    public long nextAttemptAt;
    public Set<String> handlers = Set.of();
    public List<String> errors = List.of();

    /** Where the payload is read back from (a journal location, or the delivery itself). */
    public volatile @Nullable Object where;

    /** The scheduled work, while the delivery waits or runs. */
    @Nullable Task task;

    /** Which death {@link LocalStorage} remembers it by, so that an older one cannot forget it. */
    long death;

    public Entry(String id) {
      this.id = id;
    }

    /** A fresh life as {@link DeliveryState#RECEIVED}. */
    public void received(
        String eventKey, long installationId, long receivedAt, long now, @Nullable Object where) {
      this.eventKey = eventKey;
      this.installationId = installationId;
      this.receivedAt = receivedAt;
      this.updatedAt = now;
      this.state = DeliveryState.RECEIVED;
      this.attempts = 0;
      this.nextAttemptAt = 0;
      this.handlers = Set.of();
      this.errors = List.of();
      this.where = where;
    }

    void received(Delivery delivery, long now, @Nullable Object where) {
      received(
          delivery.eventKey(),
          delivery.installationId(),
          delivery.receivedAt().toEpochMilli(),
          now,
          where);
    }

    /** A state change as recorded. */
    public void apply(
        DeliveryState state,
        int attempts,
        long updatedAt,
        long nextAttemptAt,
        Set<String> handlers,
        List<String> errors) {
      this.state = state;
      this.attempts = attempts;
      this.updatedAt = updatedAt;
      this.nextAttemptAt = nextAttemptAt;
      this.handlers = handlers;
      this.errors = errors;
    }

    void appendErrors(List<String> more) {
      if (!more.isEmpty()) {
        List<String> all = new ArrayList<>(errors);
        all.addAll(more);
        errors = List.copyOf(all);
      }
    }

    /** Whether it waits or runs. */
    public boolean live() {
      return state == DeliveryState.RECEIVED
          || state == DeliveryState.RUNNING
          || state == DeliveryState.FAILED;
    }

    /** The entry as a record; only for an entry intake appended ({@code state} set). */
    DeliveryRecord record() {
      return new DeliveryRecord(
          id,
          eventKey,
          installationId,
          Objects.requireNonNull(state, "a reserved entry has no record yet"),
          attempts,
          Instant.ofEpochMilli(receivedAt),
          Instant.ofEpochMilli(updatedAt),
          state == DeliveryState.FAILED ? Instant.ofEpochMilli(nextAttemptAt) : null,
          errors);
    }
  }
}
