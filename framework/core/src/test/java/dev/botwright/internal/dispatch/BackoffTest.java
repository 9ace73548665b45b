package dev.botwright.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wait doubles per failure, stays within its cap, and its upper half is random. */
class BackoffTest {

  @Test
  void doublesWithJitterAndStaysBounded() {
    Backoff least = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), () -> 0);
    Backoff most = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), () -> 0.999999);

    assertThat(least.after(1)).isEqualTo(Duration.ofMillis(50));
    assertThat(most.after(1)).isEqualTo(Duration.ofMillis(99));
    assertThat(least.after(3)).isEqualTo(Duration.ofMillis(200));
    assertThat(most.after(3)).isEqualTo(Duration.ofMillis(399));
    assertThat(least.after(40)).isEqualTo(Duration.ofMillis(500));
    assertThat(most.after(40)).isEqualTo(Duration.ofMillis(999));
  }
}
