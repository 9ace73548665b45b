package dev.botwright.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The revocation list refuses older sessions, survives a restart, and forgets expired entries. */
class RevocationsTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void refusesSessionsIssuedUntilTheRevocationAndKeepsThemAcrossRestarts(@TempDir Path dir)
      throws Exception {
    String file = dir.resolve("revocations").toString();
    Revocations list = new Revocations(Duration.ofDays(7), file, Clock.fixed(T0, ZoneOffset.UTC));

    list.revoke(42);

    assertThat(list.refuses(42, T0.toEpochMilli() - 1)).isTrue();
    assertThat(list.refuses(42, T0.toEpochMilli())).isTrue();
    assertThat(list.refuses(42, T0.toEpochMilli() + 1)).isFalse();
    assertThat(list.refuses(43, 0)).isFalse();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(file))))
        .isEqualTo("rw-------");
    Revocations restarted =
        new Revocations(Duration.ofDays(7), file, Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC));
    assertThat(restarted.refuses(42, T0.toEpochMilli() - 1)).isTrue();
  }

  @Test
  void dropsEntriesOlderThanTheSessionMaxAge(@TempDir Path dir) {
    String file = dir.resolve("revocations").toString();
    new Revocations(Duration.ofDays(7), file, Clock.fixed(T0, ZoneOffset.UTC)).revoke(42);

    Revocations later =
        new Revocations(
            Duration.ofDays(7), file, Clock.fixed(T0.plus(Duration.ofDays(8)), ZoneOffset.UTC));

    assertThat(later.size()).isZero();
  }
}
