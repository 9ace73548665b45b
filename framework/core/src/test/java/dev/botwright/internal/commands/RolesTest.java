package dev.botwright.internal.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.Permission;
import dev.botwright.event.RepositoryCollaboratorPermission;
import org.junit.jupiter.api.Test;

class RolesTest {

  private static Permission role(String permission, String roleName) {
    return Roles.of(new RepositoryCollaboratorPermission(permission, roleName, null));
  }

  @Test
  void theRoleNameIsPreciserThanThePermission() {
    // GitHub folds maintain into "write" and triage into "read" in the older field.
    assertThat(role("write", "maintain")).isEqualTo(Permission.MAINTAIN);
    assertThat(role("read", "triage")).isEqualTo(Permission.TRIAGE);
    assertThat(role("admin", "admin")).isEqualTo(Permission.ADMIN);
    assertThat(role("write", "write")).isEqualTo(Permission.WRITE);
    assertThat(role("read", "read")).isEqualTo(Permission.READ);
  }

  @Test
  void aCustomRoleCountsAsItsBaseRole() {
    assertThat(role("write", "security-reviewer")).isEqualTo(Permission.WRITE);
    assertThat(role("read", "Auditor")).isEqualTo(Permission.READ);
  }

  @Test
  void noAccessIsBelowEveryRole() {
    Permission none = role("none", "none");

    assertThat(none).isEqualTo(Permission.ANYONE);
    assertThat(none.includes(Permission.READ)).isFalse();
    assertThat(none.includes(Permission.ANYONE)).isTrue();
    assertThat(Permission.MAINTAIN.includes(Permission.WRITE)).isTrue();
    assertThat(Permission.TRIAGE.includes(Permission.WRITE)).isFalse();
  }
}
