package dev.botwright.internal.schedule;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * What one run of an {@code @OnSchedule} method did.
 *
 * @param schedule the schedule's name, {@code Bean.method}
 * @param skipped why the run did nothing (another process holds the lease, no credentials, the
 *     installations could not be listed), or {@code null} when it ran
 * @param installations installations GitHub listed
 * @param suspended suspended installations, skipped
 * @param rateLimited installations skipped because few requests were left
 * @param calls calls of the method that returned normally
 * @param failures one line per call (or repository listing) that threw: where, and the exception
 */
public record ScheduleRun(
    String schedule,
    @Nullable String skipped,
    int installations,
    int suspended,
    int rateLimited,
    int calls,
    List<String> failures) {

  public ScheduleRun {
    failures = List.copyOf(failures);
  }

  static ScheduleRun skipped(String schedule, String why) {
    return new ScheduleRun(schedule, why, 0, 0, 0, 0, List.of());
  }

  /** Calls (or listings) that threw. */
  public int failed() {
    return failures.size();
  }

  /** One line for the log. */
  public String summary() {
    if (skipped != null) {
      return "Schedule " + schedule + " skipped: " + skipped;
    }
    return "Schedule "
        + schedule
        + ": "
        + installations
        + " installation(s), "
        + suspended
        + " suspended and "
        + rateLimited
        + " low on rate limit skipped; "
        + calls
        + " call(s) succeeded, "
        + failures.size()
        + " failed";
  }
}
