package dev.botwright.internal.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.Permission;
import dev.botwright.github.RepoRef;
import dev.botwright.internal.auth.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CommenterPermissionsTest {

  private static final RepoRef REPO = new RepoRef("octo", "hello");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final AtomicInteger lookUps = new AtomicInteger();

  private Permission ask(
      CommenterPermissions permissions, long installation, RepoRef repo, String user) {
    return permissions.cached(
        installation,
        repo,
        user,
        () -> {
          lookUps.incrementAndGet();
          return Permission.WRITE;
        });
  }

  @Test
  void aRoleIsLookedUpOncePerInstallationRepositoryAndUserUntilItExpires() {
    CommenterPermissions permissions = new CommenterPermissions(Duration.ofMinutes(1), 100, clock);

    assertThat(ask(permissions, 1, REPO, "alice")).isEqualTo(Permission.WRITE);
    ask(permissions, 1, new RepoRef("Octo", "Hello"), "Alice");
    assertThat(lookUps).hasValue(1);

    ask(permissions, 2, REPO, "alice");
    ask(permissions, 1, new RepoRef("octo", "other"), "alice");
    ask(permissions, 1, REPO, "bob");
    assertThat(lookUps).hasValue(4);

    clock.advance(Duration.ofSeconds(59));
    ask(permissions, 1, REPO, "alice");
    assertThat(lookUps).hasValue(4);
    clock.advance(Duration.ofSeconds(1));
    ask(permissions, 1, REPO, "alice");
    assertThat(lookUps).hasValue(5);
  }

  @Test
  void theLeastRecentlyUsedRoleGoesFirstWhenFull() {
    CommenterPermissions permissions = new CommenterPermissions(Duration.ofMinutes(1), 2, clock);
    ask(permissions, 1, REPO, "alice");
    ask(permissions, 1, REPO, "bob");
    ask(permissions, 1, REPO, "alice");
    ask(permissions, 1, REPO, "carol");
    assertThat(lookUps).hasValue(3);

    ask(permissions, 1, REPO, "alice");
    assertThat(lookUps).as("alice was used last, so bob made room").hasValue(3);
    ask(permissions, 1, REPO, "bob");
    assertThat(lookUps).hasValue(4);
  }

  @Test
  void aZeroTtlRemembersNothing() {
    CommenterPermissions permissions = new CommenterPermissions(Duration.ZERO, 100, clock);
    ask(permissions, 1, REPO, "alice");
    ask(permissions, 1, REPO, "alice");

    assertThat(lookUps).hasValue(2);
  }
}
