package dev.botwright.sample;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.test.BotTest;
import dev.botwright.test.ScheduleTrigger;
import org.junit.jupiter.api.Test;

/** The stale sweep is off unless sample.stale.enabled is true. */
@BotTest
class StaleIssuesOffTest {

  @Test
  void offByDefault(ScheduleTrigger schedules) {
    assertThatThrownBy(() -> schedules.run(StaleIssues.class, "sweep"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("No @OnSchedule method StaleIssues.sweep in this application;");
  }
}
