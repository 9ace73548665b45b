package dev.botwright.internal.reconcile;

import dev.botwright.spi.LeaderLease;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;

/** One process is always its own leader; the Redis mode replaces this bean. */
@Singleton
@Requires(missingBeans = LeaderLease.class)
final class LocalLeaderLease implements LeaderLease {

  @Override
  public boolean tryAcquire(String name, Duration ttl) {
    return true;
  }

  @Override
  public void release(String name) {}
}
