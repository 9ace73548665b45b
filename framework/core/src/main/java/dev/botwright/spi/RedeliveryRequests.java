package dev.botwright.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The reconciler's memory of the redeliveries it asked GitHub for, by delivery guid, so that no
 * process asks twice for the same delivery and the limit of asks per delivery holds whichever
 * process is the leader. The embedded default keeps it in memory; the Redis mode shares it.
 */
public interface RedeliveryRequests {

  /** What was asked for {@code guid} within its keeping time, if anything. */
  Optional<Request> get(String guid);

  /**
   * Records the latest ask for {@code guid}, kept for {@code keep} (the reconciler's look-back).
   */
  void put(String guid, Request request, Duration keep);

  /**
   * One delivery asked for.
   *
   * @param attemptId the attempt whose redelivery was asked for
   * @param at when it was asked
   * @param asks how many times it has been asked for so far
   */
  record Request(long attemptId, Instant at, int asks) {}
}
