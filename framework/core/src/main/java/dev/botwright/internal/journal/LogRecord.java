package dev.botwright.internal.journal;

import dev.botwright.spi.DeliveryJournal.DeliveryState;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One entry of the journal. Applying the records of a delivery in log order gives its state. */
@Internal
public sealed interface LogRecord permits LogRecord.Received, LogRecord.State {

  /** GitHub's delivery id the record is about. */
  String id();

  /**
   * A delivery accepted by intake (or queued again by a replay): everything needed to run it.
   *
   * @param body the verified payload; {@code null} in a summary kept after compaction dropped the
   *     payload of a finished delivery
   * @param receivedAt epoch milliseconds
   */
  record Received(
      String id,
      String event,
      @Nullable String action,
      long installationId,
      Map<String, String> headers,
      byte @Nullable [] body,
      long receivedAt)
      implements LogRecord {
    public Received {
      headers = Map.copyOf(headers);
    }

    /** This record without its payload. */
    public Received summary() {
      return new Received(id, event, action, installationId, headers, null, receivedAt);
    }
  }

  /**
   * A delivery's state after a change: the whole state, not a delta, so that applying a record
   * twice (after a compaction interrupted by a crash) changes nothing.
   *
   * @param attempts attempts started so far
   * @param updatedAt epoch milliseconds
   * @param nextAttemptAt epoch milliseconds of the next attempt of a FAILED delivery, else 0
   * @param handlers handlers the next attempt runs (empty: all)
   * @param errors errors of failed attempts, oldest first
   */
  record State(
      String id,
      DeliveryState state,
      int attempts,
      long updatedAt,
      long nextAttemptAt,
      Set<String> handlers,
      List<String> errors)
      implements LogRecord {
    public State {
      handlers = Set.copyOf(handlers);
      errors = List.copyOf(errors);
    }
  }
}
