package dev.botwright.spi;

import java.time.Duration;

/**
 * Lets one process at a time do a job that must not run twice at once across processes (the
 * reconciler). The embedded default always grants; the Redis mode grants to one process per name
 * until the lease expires or is released.
 */
public interface LeaderLease {

  /**
   * Takes or renews the lease {@code name} for {@code ttl}.
   *
   * @return whether this process holds the lease now
   */
  boolean tryAcquire(String name, Duration ttl);

  /** Gives the lease up, if this process holds it. */
  void release(String name);
}
