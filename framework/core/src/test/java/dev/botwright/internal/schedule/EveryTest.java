package dev.botwright.internal.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EveryTest {

  @Test
  void readsEachUnit() {
    assertThat(Every.parse("30s", "A.b")).isEqualTo(Duration.ofSeconds(30));
    assertThat(Every.parse("15m", "A.b")).isEqualTo(Duration.ofMinutes(15));
    assertThat(Every.parse("1h", "A.b")).isEqualTo(Duration.ofHours(1));
    assertThat(Every.parse("7d", "A.b")).isEqualTo(Duration.ofDays(7));
  }

  @Test
  void refusesAnythingElseNamingTheSchedule() {
    for (String bad : new String[] {"0s", "1w", "1 h", "", "h", "PT1H"}) {
      assertThatThrownBy(() -> Every.parse(bad, "Sweeper.sweep"))
          .as(bad)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "@OnSchedule(every = \""
                  + bad
                  + "\") on Sweeper.sweep is not a duration: write a positive whole number and a"
                  + " unit, s, m, h or d, e.g. \"30s\", \"15m\", \"1h\" or \"1d\"");
    }
  }
}
