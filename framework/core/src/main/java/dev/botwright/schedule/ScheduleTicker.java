package dev.botwright.schedule;

import dev.botwright.config.ScheduleConfiguration;
import dev.botwright.spi.LeaderLease;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts every schedule's timer once the server listens: after {@code initial-delay}, then at its
 * {@code every}. Off with {@code botwright.schedule.enabled=false}.
 */
@Singleton
@Requires(property = "botwright.schedule.enabled", notEquals = "false")
final class ScheduleTicker implements ApplicationEventListener<ServerStartupEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduleTicker.class);

  private final ScheduleRegistry registry;
  private final Schedules schedules;
  private final ScheduleConfiguration config;
  private final TaskScheduler scheduler;
  private final LeaderLease lease;
  private final List<ScheduledFuture<?>> timers = new ArrayList<>();

  ScheduleTicker(
      ScheduleRegistry registry,
      Schedules schedules,
      ScheduleConfiguration config,
      @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
      LeaderLease lease) {
    this.registry = registry;
    this.schedules = schedules;
    this.config = config;
    this.scheduler = scheduler;
    this.lease = lease;
  }

  @Override
  public synchronized void onApplicationEvent(ServerStartupEvent event) {
    if (!timers.isEmpty()) {
      return;
    }
    for (ScheduledMethod schedule : registry.all()) {
      timers.add(
          scheduler.scheduleAtFixedRate(
              config.getInitialDelay(), schedule.every(), () -> tick(schedule)));
      LOG.debug("Schedule {} runs every {}", schedule.name(), schedule.every());
    }
  }

  private void tick(ScheduledMethod schedule) {
    try {
      schedules.tick(schedule);
    } catch (RuntimeException e) {
      // A scheduled task that throws is never run again: keep the schedule alive.
      LOG.error("Schedule {} failed; the next run tries again", schedule.name(), e);
    }
  }

  @PreDestroy
  synchronized void stop() {
    timers.forEach(timer -> timer.cancel(false));
    for (ScheduledMethod schedule : registry.all()) {
      lease.release(schedule.lease());
    }
  }
}
