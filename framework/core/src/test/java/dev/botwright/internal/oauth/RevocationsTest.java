package dev.botwright.internal.oauth;

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

/**
 * The revocation list refuses ended sessions and older sessions of a revoked user, survives a
 * restart, and forgets entries when they are due.
 */
class RevocationsTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant HOUR = T0.plus(Duration.ofHours(1));

  @Test
  void refusesSessionsIssuedUntilTheRevocationAndKeepsThemAcrossRestarts(@TempDir Path dir)
      throws Exception {
    String file = dir.resolve("revocations").toString();
    Revocations list = new Revocations(file, at(T0));

    list.revokeUser(42, T0, HOUR);

    assertThat(list.isRevoked("a", 42, T0.minusMillis(1))).isTrue();
    assertThat(list.isRevoked("a", 42, T0)).isTrue();
    assertThat(list.isRevoked("a", 42, T0.plusMillis(1))).isFalse();
    assertThat(list.isRevoked("a", 43, Instant.EPOCH)).isFalse();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(file))))
        .isEqualTo("rw-------");
    Revocations restarted = new Revocations(file, at(T0.plusSeconds(60)));
    assertThat(restarted.isRevoked("a", 42, T0.minusMillis(1))).isTrue();
  }

  @Test
  void refusesOneEndedSessionOnly(@TempDir Path dir) {
    String file = dir.resolve("revocations").toString();
    Revocations list = new Revocations(file, at(T0));

    list.revokeSession("ended", HOUR);

    assertThat(list.isRevoked("ended", 42, T0)).isTrue();
    assertThat(list.isRevoked("other", 42, T0)).isFalse();
    assertThat(new Revocations(file, at(T0.plusSeconds(60))).isRevoked("ended", 1, T0)).isTrue();
  }

  @Test
  void forgetsEntriesWhenTheyAreDue(@TempDir Path dir) {
    String file = dir.resolve("revocations").toString();
    Revocations list = new Revocations(file, at(T0));
    list.revokeUser(42, T0, HOUR);
    list.revokeSession("ended", HOUR);

    Revocations later = new Revocations(file, at(HOUR.plusSeconds(1)));

    assertThat(later.size()).isZero();
    assertThat(later.isRevoked("ended", 42, T0)).isFalse();
  }

  @Test
  void readsTheListWrittenBeforeSessionsHadIds(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("revocations");
    Files.writeString(file, "42 " + T0.toEpochMilli() + "\n");

    Revocations list = new Revocations(file.toString(), at(T0.plusSeconds(60)));

    assertThat(list.isRevoked("any", 42, T0)).isTrue();
    assertThat(list.isRevoked("any", 42, T0.plusMillis(1))).isFalse();
  }

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }
}
