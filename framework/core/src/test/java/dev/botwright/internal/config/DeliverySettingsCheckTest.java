package dev.botwright.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.config.DispatchConfiguration;
import dev.botwright.config.JournalConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliverySettingsCheckTest {

  @Test
  void theDefaultsPass() {
    assertThat(
            ConfigurationCheck.deliveryProblems(
                new DispatchConfiguration(), new JournalConfiguration()))
        .isEmpty();
  }

  @Test
  void everyBadValueIsListedWithWhatToDo() {
    DispatchConfiguration dispatch = new DispatchConfiguration();
    dispatch.setMaxAttempts(0);
    dispatch.setRetryInitialBackoff(Duration.ofMinutes(20));
    JournalConfiguration journal = new JournalConfiguration();
    journal.setRetention(Duration.ZERO);
    journal.setSegmentBytes(10);

    assertThat(ConfigurationCheck.deliveryProblems(dispatch, journal))
        .containsExactly(
            "botwright.dispatch.max-attempts is 0: use 1 (no retry) or more; the default is 5.",
            "botwright.dispatch.retry-initial-backoff (PT20M) and retry-max-backoff (PT10M) must"
                + " be positive, the initial no longer than the maximum, e.g. 10s and 10m.",
            "botwright.journal.retention (BOTWRIGHT_JOURNAL_RETENTION) is PT0S: use a positive"
                + " duration; GitHub redelivers up to 3 days back, so at least 3d.",
            "botwright.journal.segment-bytes is 10: use at least 65536 (64 KB); the default is"
                + " 67108864.");
  }

  @Test
  void journalSettingsAreNotCheckedWhenTheJournalIsOff() {
    JournalConfiguration journal = new JournalConfiguration();
    journal.setEnabled(false);
    journal.setSegmentBytes(10);
    assertThat(ConfigurationCheck.deliveryProblems(new DispatchConfiguration(), journal)).isEmpty();
  }
}
