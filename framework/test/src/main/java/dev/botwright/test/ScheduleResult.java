package dev.botwright.test;

import dev.botwright.internal.schedule.ScheduleRun;
import java.util.List;
import java.util.Optional;

/** What one run of a schedule did, from {@link ScheduleTrigger#run}, with assertions on it. */
public final class ScheduleResult {

  private final ScheduleRun run;

  ScheduleResult(ScheduleRun run) {
    this.run = run;
  }

  /** Why the run did nothing (e.g. another process holds the lease), if it did nothing. */
  public Optional<String> skipped() {
    return Optional.ofNullable(run.skipped());
  }

  /** Installations GitHub listed, suspended ones included. */
  public int installations() {
    return run.installations();
  }

  /** Suspended installations, which the run left out. */
  public int suspended() {
    return run.suspended();
  }

  /** Installations left out because their last answer showed few requests left. */
  public int rateLimited() {
    return run.rateLimited();
  }

  /** Calls of the method that returned normally. */
  public int calls() {
    return run.calls();
  }

  /** One line per call that threw: which installation or repository, and the exception. */
  public List<String> failures() {
    return run.failures();
  }

  /** The summary the bot logged. */
  public String summary() {
    return run.summary();
  }

  /** Fails, listing them, when a call threw or the run was skipped. */
  public ScheduleResult assertNoFailures() {
    if (run.skipped() != null || !run.failures().isEmpty()) {
      throw new AssertionError(
          "Expected the schedule to run without failures, but: "
              + run.summary()
              + (run.failures().isEmpty() ? "" : "\n  " + String.join("\n  ", run.failures())));
    }
    return this;
  }

  /** Fails unless the method returned normally exactly {@code expected} times. */
  public ScheduleResult assertCalls(int expected) {
    if (run.calls() != expected) {
      throw new AssertionError(
          "Expected " + expected + " successful call(s) of the schedule, but: " + run.summary());
    }
    return this;
  }

  @Override
  public String toString() {
    return run.summary();
  }
}
