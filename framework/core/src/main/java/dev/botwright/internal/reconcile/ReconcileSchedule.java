package dev.botwright.internal.reconcile;

import dev.botwright.config.ReconcileConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the reconciler once the server listens: after {@code initial-delay}, then every {@code
 * interval}. Off with {@code botwright.reconcile.enabled=false}.
 */
@Singleton
@Requires(property = "botwright.reconcile.enabled", notEquals = "false")
final class ReconcileSchedule implements ApplicationEventListener<ServerStartupEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(ReconcileSchedule.class);

  private final Reconciler reconciler;
  private final ReconcileConfiguration config;
  private final TaskScheduler scheduler;
  private final dev.botwright.spi.LeaderLease lease;
  private ScheduledFuture<?> task;

  ReconcileSchedule(
      Reconciler reconciler,
      ReconcileConfiguration config,
      @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
      dev.botwright.spi.LeaderLease lease) {
    this.reconciler = reconciler;
    this.config = config;
    this.scheduler = scheduler;
    this.lease = lease;
  }

  @Override
  public synchronized void onApplicationEvent(ServerStartupEvent event) {
    if (task == null) {
      task =
          scheduler.scheduleWithFixedDelay(
              config.getInitialDelay(), config.getInterval(), this::runSafely);
    }
  }

  private void runSafely() {
    try {
      reconciler.run();
    } catch (RuntimeException e) {
      // A scheduled task that throws is never run again: keep the schedule alive.
      LOG.error("Reconciler run failed; the next run tries again", e);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
      lease.release(Reconciler.LEASE);
    }
  }
}
