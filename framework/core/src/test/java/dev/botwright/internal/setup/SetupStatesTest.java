package dev.botwright.internal.setup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.internal.setup.SetupStates.Check;
import dev.botwright.internal.setup.SetupStates.Purpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetupStatesTest {

  /** A clock the test moves by hand. */
  private static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private final ManualClock clock = new ManualClock();
  private final SetupStates states = new SetupStates(clock);

  @Test
  void aStateIsValidOnceAndThenUnknown() {
    String state = states.issue(Purpose.MANIFEST);

    assertThat(states.consume(Purpose.MANIFEST, state)).isEqualTo(Check.VALID);
    assertThat(states.consume(Purpose.MANIFEST, state)).isEqualTo(Check.UNKNOWN);
  }

  @Test
  void aStateExpiresWithinTheHour() {
    String fresh = states.issue(Purpose.MANIFEST);
    String stale = states.issue(Purpose.MANIFEST);
    clock.now = clock.now.plus(Duration.ofMinutes(59));
    assertThat(states.consume(Purpose.MANIFEST, fresh)).isEqualTo(Check.VALID);

    clock.now = clock.now.plus(Duration.ofMinutes(1));

    assertThat(states.consume(Purpose.MANIFEST, stale)).isEqualTo(Check.EXPIRED);
    assertThat(SetupStates.LIFETIME).isLessThanOrEqualTo(Duration.ofHours(1));
  }

  @Test
  void aTokenIsNotAcceptedForAnotherPurposeOrWhenMadeUp() {
    String csrf = states.issue(Purpose.IMPORT);

    assertThat(states.consume(Purpose.MANIFEST, csrf)).isEqualTo(Check.UNKNOWN);
    assertThat(states.consume(Purpose.MANIFEST, null)).isEqualTo(Check.UNKNOWN);
    assertThat(states.consume(Purpose.MANIFEST, "")).isEqualTo(Check.UNKNOWN);
    assertThat(states.consume(Purpose.IMPORT, csrf)).isEqualTo(Check.VALID);
  }

  @Test
  void tokensAreRandomAndLongAndTheirNumberIsBounded() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < SetupStates.CAPACITY * 2; i++) {
      String token = states.issue(Purpose.MANIFEST);
      assertThat(token).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
      seen.add(token);
    }

    assertThat(seen).hasSize(SetupStates.CAPACITY * 2);
    assertThat(states.toString()).isEqualTo("SetupStates[" + SetupStates.CAPACITY + " pending]");
  }
}
