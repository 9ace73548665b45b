package dev.botwright.internal.schedule;

import dev.botwright.config.ScheduleConfiguration;
import dev.botwright.spi.LeaderLease;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts every schedule's timer once the server listens: after {@code initial-delay}, then at its
 * {@code every}. Each schedule has a thread of its own, so a long run (jitter waits included)
 * delays neither the other schedules nor Micronaut's shared scheduler. Off with {@code
 * botwright.schedule.enabled=false}.
 */
@Singleton
@Requires(property = "botwright.schedule.enabled", notEquals = "false")
final class ScheduleTicker implements ApplicationEventListener<ServerStartupEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduleTicker.class);

  private final ScheduleRegistry registry;
  private final Schedules schedules;
  private final ScheduleConfiguration config;
  private final LeaderLease lease;
  private ScheduledExecutorService timers;

  ScheduleTicker(
      ScheduleRegistry registry,
      Schedules schedules,
      ScheduleConfiguration config,
      LeaderLease lease) {
    this.registry = registry;
    this.schedules = schedules;
    this.config = config;
    this.lease = lease;
  }

  @Override
  public synchronized void onApplicationEvent(ServerStartupEvent event) {
    List<ScheduledMethod> all = registry.all();
    if (timers != null || all.isEmpty()) {
      return;
    }
    AtomicInteger count = new AtomicInteger();
    timers =
        Executors.newScheduledThreadPool(
            all.size(),
            r -> {
              Thread thread = new Thread(r, "schedule-timer-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    for (ScheduledMethod schedule : all) {
      timers.scheduleAtFixedRate(
          () -> tick(schedule),
          config.getInitialDelay().toMillis(),
          schedule.every().toMillis(),
          TimeUnit.MILLISECONDS);
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
    if (timers == null) {
      return;
    }
    timers.shutdownNow();
    for (ScheduledMethod schedule : registry.all()) {
      lease.release(schedule.lease());
    }
  }
}
