package dev.botwright.internal.states;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.internal.auth.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The in-memory store of used states: once each, bounded, never refusing a fresh state. */
class InMemoryOneTimeStatesTest {

  private final Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private final InMemoryOneTimeStates states =
      new InMemoryOneTimeStates(3, Clock.fixed(now, ZoneOffset.UTC));

  @Test
  void aStateIsAcceptedOncePerPurposeAndAnExpiredOneNever() {
    Instant later = now.plus(Duration.ofMinutes(10));

    assertThat(states.useOnce("install", "a", later)).isTrue();
    assertThat(states.useOnce("install", "a", later)).isFalse();
    assertThat(states.useOnce("sign-in", "a", later)).isTrue();
    assertThat(states.useOnce("install", "b", now)).isFalse();
  }

  @Test
  void whenFullTheStateClosestToItsExpiryIsForgottenAndFreshOnesStillPass() {
    assertThat(states.useOnce("install", "soon", now.plusSeconds(60))).isTrue();
    assertThat(states.useOnce("install", "mid", now.plusSeconds(300))).isTrue();
    assertThat(states.useOnce("install", "late", now.plusSeconds(600))).isTrue();

    // A flood cannot lock anyone out: each fresh state is accepted, the bound holds.
    assertThat(states.useOnce("install", "fresh-1", now.plusSeconds(600))).isTrue();
    assertThat(states.useOnce("install", "fresh-2", now.plusSeconds(600))).isTrue();

    assertThat(states.size()).isEqualTo(3);
    assertThat(states.useOnce("install", "late", now.plusSeconds(600))).isFalse();
    assertThat(states.useOnce("install", "fresh-2", now.plusSeconds(600))).isFalse();
  }

  @Test
  void expiredStatesMakeRoomFirst() {
    MutableClock clock = new MutableClock(now);
    InMemoryOneTimeStates store = new InMemoryOneTimeStates(2, clock);
    assertThat(store.useOnce("install", "expires", now.plusSeconds(60))).isTrue();
    assertThat(store.useOnce("install", "stays", now.plusSeconds(600))).isTrue();

    clock.advance(Duration.ofSeconds(120));

    assertThat(store.useOnce("install", "new", now.plusSeconds(600))).isTrue();
    assertThat(store.size()).isEqualTo(2);
    assertThat(store.useOnce("install", "stays", now.plusSeconds(600))).isFalse();
    assertThat(store.useOnce("install", "new", now.plusSeconds(600))).isFalse();
  }
}
