package dev.botwright.internal.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.InstallationContext;
import dev.botwright.OnSchedule;
import dev.botwright.test.BotTest;
import dev.botwright.test.FakeGitHub;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** With botwright.schedule.enabled on, schedules run on their own timers. */
@BotTest
@Property(name = "spec.name", value = "ScheduleTickerTest")
@Property(name = "botwright.schedule.enabled", value = "true")
@Property(name = "botwright.schedule.initial-delay", value = "0s")
@Property(name = "botwright.schedule.jitter", value = "0s")
class ScheduleTickerTest {

  @Singleton
  @Requires(property = "spec.name", value = "ScheduleTickerTest")
  static class Ticking {
    final CountDownLatch twice = new CountDownLatch(2);

    @OnSchedule(every = "1s")
    void tick(InstallationContext ctx) {
      twice.countDown();
    }
  }

  @Inject Ticking ticking;
  @Inject ApplicationContext context;
  @Inject Schedules schedules;

  @Test
  void runsOnItsTimerUntilStopped(FakeGitHub github) throws InterruptedException {
    assertThat(context.findBean(ScheduleTicker.class)).isPresent();
    assertThat(ticking.twice.await(30, TimeUnit.SECONDS)).as("two timed runs").isTrue();
    assertThat(schedules.lastRun("Ticking.tick"))
        .hasValueSatisfying(run -> assertThat(run.skipped()).isNull());
  }

  @Test
  void aTimedRunUsesAtMostHalfTheIntervalAsJitter() {
    ScheduledMethod everySecond =
        new ScheduledMethod("T.t", Object.class, "t", Duration.ofSeconds(1), false, c -> {});
    ScheduledMethod everyDay =
        new ScheduledMethod("T.t", Object.class, "t", Duration.ofDays(1), false, c -> {});

    assertThat(Schedules.jitter(Duration.ofMinutes(1), everySecond))
        .isEqualTo(Duration.ofMillis(500));
    assertThat(Schedules.jitter(Duration.ofMinutes(1), everyDay)).isEqualTo(Duration.ofMinutes(1));
  }
}
