package dev.botwright;

/**
 * The least access to a repository a commenter needs to run a {@link Command}, in GitHub's roles
 * from the least to the most. Each role includes the ones before it: {@code MAINTAIN} may run a
 * {@code WRITE} command.
 */
public enum Permission {
  /** Everyone, even people with no access to the repository; no permission is looked up. */
  ANYONE,
  /** GitHub's {@code read} role: can read and comment (on a public repository: everyone). */
  READ,
  /** GitHub's {@code triage} role: can manage issues and pull requests without writing code. */
  TRIAGE,
  /** GitHub's {@code write} role: can push to the repository. */
  WRITE,
  /** GitHub's {@code maintain} role: can manage the repository without its destructive settings. */
  MAINTAIN,
  /** GitHub's {@code admin} role: full access. */
  ADMIN;

  /** Whether someone with this role may run a command that needs {@code required}. */
  public boolean includes(Permission required) {
    return compareTo(required) >= 0;
  }
}
