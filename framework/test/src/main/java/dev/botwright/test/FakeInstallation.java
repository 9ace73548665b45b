package dev.botwright.test;

import dev.botwright.github.RepoRef;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An installation the fake lists on {@code GET /app/installations}, with the repositories its
 * client sees on {@code GET /installation/repositories}; see {@link FakeGitHub#stubInstallations}.
 *
 * @param id the installation id
 * @param account the login it is installed on
 * @param isSuspended whether GitHub lists it with a {@code suspended_at}
 * @param repositories what its token can access, as {@code owner/name}
 */
public record FakeInstallation(
    long id, String account, boolean isSuspended, List<RepoRef> repositories) {

  public FakeInstallation {
    Objects.requireNonNull(account, "account");
    repositories = List.copyOf(repositories);
  }

  /** An active installation on {@code account} that can access {@code repositories}. */
  public static FakeInstallation of(long id, String account, String... repositories) {
    return new FakeInstallation(
        id, account, false, Arrays.stream(repositories).map(RepoRef::of).toList());
  }

  /** This installation, suspended. */
  public FakeInstallation suspended() {
    return new FakeInstallation(id, account, true, repositories);
  }
}
