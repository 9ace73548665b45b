package dev.botwright.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What operators see of deliveries: each one's state, attempts and errors, and replay by id. The
 * durable queues implement it (the embedded journal on local disk, or Redis); the admin API, the
 * command line and the reconciler use it.
 */
public interface DeliveryJournal {

  /** The delivery with GitHub's {@code X-GitHub-Delivery} id {@code id}, within retention. */
  Optional<DeliveryRecord> find(String id);

  /**
   * The delivery {@code id} with its payload, for an operator to read (the delivery log page),
   * while this journal still keeps the payload; empty when it does not (or never did). Storages
   * that keep payloads for a replay should override it; the default keeps none.
   */
  default Optional<Delivery> delivery(String id) {
    return Optional.empty();
  }

  /** The most recent deliveries in {@code state}, newest first, at most {@code limit}. */
  List<DeliveryRecord> list(DeliveryState state, int limit);

  /**
   * Queues the delivery {@code id} again with fresh attempts, whatever its state (a delivery that
   * is queued or running is left alone).
   *
   * @return what happened, for the caller to show
   */
  ReplayResult replay(String id);

  /** Where a delivery is in its life. */
  enum DeliveryState {
    /** Recorded and acknowledged; waiting for a worker (or for its next attempt). */
    RECEIVED,
    /** A worker is running its handlers. */
    RUNNING,
    /** Every handler succeeded. */
    DONE,
    /** The last attempt failed; another attempt is scheduled. */
    FAILED,
    /** Out of attempts, or a handler said the failure is permanent; errors kept. */
    DEAD
  }

  /**
   * One delivery as the journal knows it; never holds the payload or a secret.
   *
   * @param id GitHub's delivery id
   * @param eventKey {@code event.action}
   * @param installationId the installation, or 0
   * @param state where it is
   * @param attempts attempts started so far
   * @param receivedAt when intake accepted it
   * @param updatedAt when its state last changed
   * @param nextAttemptAt when a {@link DeliveryState#FAILED} delivery runs again, else {@code null}
   * @param errors the errors of failed attempts, oldest first, as {@code handler: message}
   */
  record DeliveryRecord(
      String id,
      String eventKey,
      long installationId,
      DeliveryState state,
      int attempts,
      Instant receivedAt,
      Instant updatedAt,
      @Nullable Instant nextAttemptAt,
      List<String> errors) {
    public DeliveryRecord {
      errors = List.copyOf(errors);
    }
  }

  /** The outcome of {@link #replay}. */
  enum ReplayResult {
    /** Queued again. */
    QUEUED,
    /** Already queued or running; nothing changed. */
    ALREADY_PENDING,
    /** No such delivery within retention. */
    NOT_FOUND
  }
}
