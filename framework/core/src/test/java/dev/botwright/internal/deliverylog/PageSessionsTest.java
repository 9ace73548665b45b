package dev.botwright.internal.deliverylog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PageSessionsTest {

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-12-06T01:00:00Z"));
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };
  private final PageSessions sessions = new PageSessions(Duration.ofHours(1), clock);

  @Test
  void aSessionIsValidUntilItExpiresAndItsCsrfTokenIsItsOwn() {
    String cookie = sessions.open();
    PageSessions.Session session = sessions.of(cookie).orElseThrow();
    PageSessions.Session other = sessions.of(sessions.open()).orElseThrow();

    assertThat(sessions.csrfMatches(session, sessions.csrf(session))).isTrue();
    assertThat(sessions.csrfMatches(session, sessions.csrf(other))).isFalse();
    assertThat(sessions.csrfMatches(session, null)).isFalse();
    assertThat(sessions.csrfMatches(session, "")).isFalse();

    now.set(now.get().plus(Duration.ofMinutes(59)));
    assertThat(sessions.of(cookie)).isPresent();
    now.set(now.get().plus(Duration.ofMinutes(1)));
    assertThat(sessions.of(cookie)).isEmpty();
  }

  @Test
  void anEndedSessionIsNoSessionAndOtherSessionsStay() {
    String cookie = sessions.open();
    String kept = sessions.open();
    sessions.end(sessions.of(cookie).orElseThrow());

    assertThat(sessions.of(cookie)).isEmpty();
    assertThat(sessions.of(kept)).isPresent();
  }

  @Test
  void aTamperedOrForeignCookieIsNoSession() {
    String cookie = sessions.open();
    String[] parts = cookie.split("\\.");
    String longer = parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2];

    assertThat(sessions.of(longer)).isEmpty();
    assertThat(sessions.of("x" + cookie)).isEmpty();
    assertThat(sessions.of(cookie + "x")).isEmpty();
    assertThat(sessions.of(new PageSessions(Duration.ofHours(1), clock).open())).isEmpty();
    assertThat(sessions.of("")).isEmpty();
    assertThat(sessions.of("a.b")).isEmpty();
    assertThat(sessions.of(null)).isEmpty();
  }
}
