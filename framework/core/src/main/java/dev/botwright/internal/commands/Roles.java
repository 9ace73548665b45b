package dev.botwright.internal.commands;

import dev.botwright.Permission;
import dev.botwright.event.RepositoryCollaboratorPermission;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads GitHub's answer to {@code GET /repos/{owner}/{repo}/collaborators/{username}/permission}.
 * Its {@code role_name} is the precise role ({@code triage}, {@code maintain}, ...); its older
 * {@code permission} field folds triage into {@code read} and maintain into {@code write}, so it is
 * used only for a custom role (an organization's own role name), where it names the base role.
 */
final class Roles {

  private Roles() {}

  /** The user's role; {@link Permission#ANYONE} for no access at all. */
  static Permission of(RepositoryCollaboratorPermission answer) {
    return byName(answer.roleName())
        .or(() -> byName(answer.permission()))
        .orElse(Permission.ANYONE);
  }

  private static Optional<Permission> byName(String name) {
    return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
      case "admin" -> Optional.of(Permission.ADMIN);
      case "maintain" -> Optional.of(Permission.MAINTAIN);
      case "write" -> Optional.of(Permission.WRITE);
      case "triage" -> Optional.of(Permission.TRIAGE);
      case "read" -> Optional.of(Permission.READ);
      default -> Optional.empty();
    };
  }
}
