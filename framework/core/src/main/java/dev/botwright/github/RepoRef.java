package dev.botwright.github;

import java.util.Objects;

/**
 * A repository's coordinates.
 *
 * @param owner the owner's login, e.g. {@code "octocat"}
 * @param repo the repository name, e.g. {@code "hello-world"}
 */
public record RepoRef(String owner, String repo) {

  public RepoRef {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(repo, "repo");
  }

  /** Parses {@code "owner/repo"}. */
  public static RepoRef of(String fullName) {
    int slash = fullName.indexOf('/');
    if (slash <= 0 || slash == fullName.length() - 1 || fullName.indexOf('/', slash + 1) >= 0) {
      throw new IllegalArgumentException(
          "Expected a repository as 'owner/repo' but got '" + fullName + "'");
    }
    return new RepoRef(fullName.substring(0, slash), fullName.substring(slash + 1));
  }

  @Override
  public String toString() {
    return owner + "/" + repo;
  }
}
