package dev.botwright.internal.schedule;

import dev.botwright.config.ScheduleConfiguration;
import io.micronaut.core.annotation.Internal;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's {@code @OnSchedule} methods, and a way to run one now: the testing kit's {@code
 * ScheduleRunner} uses it. A run now takes the schedule's lease like a timed run, but starts every
 * installation at once (no jitter).
 */
@Internal
@Singleton
public final class Schedules {

  private final ScheduleRegistry registry;
  private final ScheduleRunner runner;
  private final ScheduleConfiguration config;
  private final Map<String, ScheduleRun> lastRuns = new ConcurrentHashMap<>();

  Schedules(ScheduleRegistry registry, ScheduleRunner runner, ScheduleConfiguration config) {
    this.registry = registry;
    this.runner = runner;
    this.config = config;
  }

  /** The names of every schedule, {@code Bean.method}. */
  public List<String> names() {
    return registry.all().stream().map(ScheduledMethod::name).toList();
  }

  /**
   * Runs the {@code @OnSchedule} method {@code method} of the bean of type {@code beanType} once,
   * now, and returns what it did.
   *
   * @throws IllegalArgumentException when there is no such schedule, listing the ones there are
   */
  public ScheduleRun runNow(Class<?> beanType, String method) {
    ScheduledMethod schedule =
        registry
            .find(beanType, method)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "No @OnSchedule method "
                            + beanType.getSimpleName()
                            + "."
                            + method
                            + " in this application; its schedules are "
                            + names()
                            + ". Check the method's name, and that the bean is not switched off"
                            + " by a @Requires."));
    return run(schedule, Duration.ZERO);
  }

  /** The last run of a schedule (timed or run now), by name. */
  public Optional<ScheduleRun> lastRun(String name) {
    return Optional.ofNullable(lastRuns.get(name));
  }

  /** A timed run: installations start spread over the jitter window. */
  ScheduleRun tick(ScheduledMethod schedule) {
    return run(schedule, jitter(config.getJitter(), schedule));
  }

  /** The configured jitter, but at most half the interval, so a run ends before the next. */
  static Duration jitter(Duration configured, ScheduledMethod schedule) {
    Duration half = schedule.every().dividedBy(2);
    return configured.compareTo(half) > 0 ? half : configured;
  }

  private ScheduleRun run(ScheduledMethod schedule, Duration jitter) {
    ScheduleRun run = runner.run(schedule, jitter);
    lastRuns.put(schedule.name(), run);
    return run;
  }
}
