package dev.botwright.test;

import dev.botwright.internal.schedule.Schedules;
import jakarta.inject.Singleton;

/**
 * Runs the bot's {@link dev.botwright.OnSchedule} methods now, in the test's thread, and returns
 * when every installation (and repository) is done: no clock, no jitter. Timers are off in {@link
 * BotTest}s, so a schedule runs only when a test asks. Tell the fake which installations exist with
 * {@link FakeGitHub#stubInstallations}.
 *
 * <pre>{@code
 * @Test
 * void sweeps(FakeGitHub github, ScheduleTrigger schedules) {
 *   github.stubInstallations(FakeInstallation.of(7, "octo-org", "octo-org/hello"));
 *   schedules.run(Sweeper.class, "sweep").assertNoFailures().assertCalls(1);
 *   github.assertCalled("GET /repos/{owner}/{repo}/issues");
 * }
 * }</pre>
 */
@Singleton
public final class ScheduleTrigger {

  private final Schedules schedules;

  ScheduleTrigger(Schedules schedules) {
    this.schedules = schedules;
  }

  /**
   * Runs the {@code @OnSchedule} method {@code method} of the bean {@code beanType} once, through
   * the schedule's lease as a timed run would.
   *
   * @throws IllegalArgumentException when there is no such schedule (the message lists those there
   *     are)
   */
  public ScheduleResult run(Class<?> beanType, String method) {
    return new ScheduleResult(schedules.runNow(beanType, method));
  }
}
