package dev.botwright.internal.deliverylog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.spi.DeliveryJournal.DeliveryRecord;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryQueryTest {

  private static final DeliveryRecord RECORD =
      new DeliveryRecord(
          "d",
          "issues.opened",
          42,
          DeliveryState.DEAD,
          1,
          Instant.parse("2026-12-06T01:30:00Z"),
          Instant.parse("2026-12-06T01:30:01Z"),
          null,
          List.of());

  private static boolean matches(String event, String installation, String from, String to) {
    return DeliveryQuery.parse(event, null, installation, null, from, to).matches(RECORD);
  }

  @Test
  void eachFilterMatchesOrNot() {
    assertThat(matches(null, null, null, null)).isTrue();
    assertThat(matches("issues", "", "", "")).isTrue();
    assertThat(matches("ISSUES.opened", null, null, null)).isTrue();
    assertThat(matches("issue", null, null, null)).isFalse();
    assertThat(matches("issues.closed", null, null, null)).isFalse();
    assertThat(matches(null, " 42 ", null, null)).isTrue();
    assertThat(matches(null, "43", null, null)).isFalse();
    assertThat(matches(null, null, "2026-12-06T01:30", "2026-12-06T01:31")).isTrue();
    assertThat(matches(null, null, "2026-12-06T01:31", null)).isFalse();
    assertThat(matches(null, null, null, "2026-12-06T01:30:00Z")).isFalse();
  }

  @Test
  void stateAndRepository() {
    assertThat(DeliveryQuery.parse(null, "Dead", null, null, null, null).states())
        .containsExactly(DeliveryState.DEAD);
    assertThat(DeliveryQuery.parse(null, "all", null, null, null, null).states())
        .hasSize(DeliveryState.values().length);
    DeliveryQuery repo = DeliveryQuery.parse(null, null, null, "octo/Repo", null, null);
    assertThat(repo.matchesRepository(Optional.of("Octo/repo"))).isTrue();
    assertThat(repo.matchesRepository(Optional.of("octo/other"))).isFalse();
    assertThat(repo.matchesRepository(Optional.empty())).isFalse();
  }

  @Test
  void malformedFieldsAreReportedWithWhatToWrite() {
    assertThat(DeliveryQuery.parse(null, "lost", "x1", null, "yesterday", null).problems())
        .containsExactly(
            "state 'lost' is not one of [received, running, done, failed, dead]",
            "installation 'x1' is not a number",
            "from 'yesterday' is not a time like 2026-12-06T01:30 (UTC)");
  }
}
