package dev.botwright.spi;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where deliveries wait between intake and their handlers, and what is remembered of them. The
 * framework's runner owns everything else (workers, attempts, retries and their backoff, dead
 * letters, listeners); a storage only records and hands out work. Three ship: in memory ({@code
 * botwright.journal.enabled=false}), the embedded journal (the default) and Redis ({@code
 * botwright-redis}); another replaces them by declaring a bean of this type.
 *
 * <p>A storage is used in this order: {@link #append} (from intake, any time), {@link #start} once,
 * then workers loop on {@link #claim} and end each claim with {@link #record} or {@link #release};
 * on shutdown {@link #stop}, then, once the workers are done or the shutdown timeout passed, {@link
 * #close}.
 */
public interface DeliveryStorage extends DeliveryJournal {

  /**
   * Records a received delivery as {@link DeliveryState#RECEIVED}; durable (as far as this storage
   * is) when it returns, because intake answers 202 next.
   *
   * @param orderingKey deliveries with the same key must be claimed one at a time in arrival order
   * @return {@code false} when the storage is full or stopping (intake answers 503 with {@code
   *     Retry-After}; nothing was recorded)
   */
  boolean append(Delivery delivery, Optional<String> orderingKey);

  /**
   * Starts handing out work, including what an earlier run left unfinished.
   *
   * @param runner what the storage may ask of the framework's runner
   * @return deliveries waiting now, for the runner to start as many workers; {@link
   *     Integer#MAX_VALUE} when work also arrives from other processes
   */
  int start(Runner runner);

  /**
   * Waits for the next due attempt and marks it {@link DeliveryState#RUNNING} (its attempt count
   * one higher). No other claim with the same ordering key is handed out until this one is recorded
   * or released.
   *
   * @return the claim, or {@code null} once {@link #stop stopped} with nothing more to hand out
   */
  @Nullable
  Claim claim() throws InterruptedException;

  /**
   * Ends a claimed attempt with its outcome: {@link DeliveryState#DONE}, {@link
   * DeliveryState#DEAD}, or {@link DeliveryState#FAILED} to be claimable again at {@link
   * Outcome#nextAttemptAt()}. May complete asynchronously: a lost outcome only means the attempt
   * runs again.
   */
  void record(Claim claim, Outcome outcome);

  /**
   * Gives a claim back without an outcome (the process is stopping, or the attempt could not run):
   * the delivery stays as last recorded, to be resumed later where the storage can.
   */
  void release(Claim claim);

  /** Deliveries appended but not finished that this process holds (waiting or running). */
  int pending();

  /**
   * Stops appends; {@link #claim} returns {@code null} once nothing it must still hand out waits.
   */
  void stop();

  /** Releases the storage's resources, after the workers stopped. */
  void close();

  /** What a storage may ask of the framework's runner. */
  interface Runner {
    /**
     * The ordering key of a delivery this process did not append (resumed, replayed, or appended by
     * another process).
     */
    Optional<String> orderingKey(Delivery delivery);

    /** Work arrived other than through {@link #append} (a replay): wake or start a worker. */
    void arrived();
  }

  /**
   * One attempt handed to a worker.
   *
   * @param delivery the delivery, payload included
   * @param attempt 1 for the first attempt
   * @param handlers names ({@code BeanClass#method}) of the handlers to run; empty for all
   * @param handle the storage's own reference, given back in {@link #record} and {@link #release}
   */
  record Claim(Delivery delivery, int attempt, Set<String> handlers, Object handle) {
    public Claim {
      handlers = Set.copyOf(handlers);
    }
  }

  /**
   * How an attempt ended.
   *
   * @param state {@link DeliveryState#DONE}, {@link DeliveryState#FAILED} or {@link
   *     DeliveryState#DEAD}
   * @param handlers the handlers the next attempt runs (those that failed); empty for all
   * @param errors this attempt's errors, as {@code handler: message}, to append to the record
   * @param nextAttemptAt when a {@link DeliveryState#FAILED} delivery is claimable again
   */
  record Outcome(
      DeliveryState state,
      Set<String> handlers,
      List<String> errors,
      @Nullable Instant nextAttemptAt) {
    public Outcome {
      handlers = Set.copyOf(handlers);
      errors = List.copyOf(errors);
    }
  }
}
