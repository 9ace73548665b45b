package dev.botwright.install;

import dev.botwright.oauth.UserSession;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a signed-in user may see through this app, always as GitHub answers the user's own token:
 * the installations ({@code GET /user/installations}, recorded as links in the {@link
 * InstallationIndex}) and, in each, only the repositories the user can reach ({@code GET
 * /user/installations/{installation_id}/repositories}). GitHub lists an installation for a user who
 * can reach any one of its repositories, so a user is never answered from the installation's own
 * list ({@link InstallationIndex#repositories}), which is for the app's own use.
 *
 * <p>Call {@link #verify} when a user signs in or opens a page that lists their installations; list
 * with {@link #repositories}; check {@link #repository} before acting on a repository a user names.
 * A user's repositories are reused for {@code botwright.install.user-access-ttl} (default 2
 * minutes), and forgotten sooner when an installation's webhooks say it changed, when the user is
 * linked again or revokes the app, and on {@link #forget}.
 *
 * <pre>{@code
 * for (IndexedInstallation installation : access.verify(user)) {
 *   List<IndexedRepository> visible = access.repositories(user, installation.id());
 * }
 * }</pre>
 */
@Singleton
@Requires(property = "botwright.install.enabled", value = "true")
public final class InstallationAccess {

  private final InstallationIndex index;
  private final RepositoryLister repositories;
  private final UserRepositories users;

  InstallationAccess(
      InstallationIndex index, RepositoryLister repositories, UserRepositories users) {
    this.index = index;
    this.repositories = repositories;
    this.users = users;
  }

  /**
   * Asks GitHub which installations {@code user} can access now, indexes the ones not yet known
   * (with their repositories, for the app), and replaces the user's links with exactly these.
   *
   * @return the user's installations, by id
   * @throws dev.botwright.github.GitHubApiException when GitHub fails or rejects the user's token
   */
  public List<IndexedInstallation> verify(UserSession user) {
    List<IndexedInstallation> found = UserInstallations.all(user.github());
    for (IndexedInstallation installation : found) {
      boolean known = index.installation(installation.id()).isPresent();
      index.save(installation);
      if (!known) {
        repositories.refresh(installation.id());
      }
    }
    Set<Long> before = ids(index.installationsOf(user.userId()));
    index.unlinkUser(user.userId());
    found.forEach(installation -> index.link(user.userId(), installation.id()));
    List<IndexedInstallation> mine = index.installationsOf(user.userId());
    if (!before.equals(ids(mine))) {
      users.forgetUser(user.userId());
    }
    return mine;
  }

  /**
   * The repositories of {@code installationId} that {@code user} can reach, by full name, as GitHub
   * lists them for the user's token (every page); empty when the installation is not linked to the
   * user (see {@link #verify}) or GitHub does not list it for them.
   *
   * @throws dev.botwright.github.GitHubApiException when GitHub fails or rejects the user's token
   */
  public List<IndexedRepository> repositories(UserSession user, long installationId) {
    if (!ids(index.installationsOf(user.userId())).contains(installationId)) {
      return List.of();
    }
    return users.of(user, installationId);
  }

  /**
   * The repository {@code owner/name}, when {@code user} can reach it through one of the
   * installations linked to them; empty otherwise, including for a repository the installation can
   * access but the user cannot.
   *
   * @throws dev.botwright.github.GitHubApiException when GitHub fails or rejects the user's token
   */
  public Optional<IndexedRepository> repository(UserSession user, String fullName) {
    String owner = fullName.contains("/") ? fullName.substring(0, fullName.indexOf('/')) : "";
    // The installation on the repository's owner answers first; the others only after an account
    // rename the index has not heard of.
    Comparator<IndexedInstallation> ownerFirst =
        Comparator.comparing(installation -> !installation.account().equalsIgnoreCase(owner));
    return index.installationsOf(user.userId()).stream()
        .sorted(ownerFirst)
        .flatMap(installation -> users.of(user, installation.id()).stream())
        .filter(repository -> repository.fullName().equalsIgnoreCase(fullName))
        .findFirst();
  }

  /**
   * Forgets the repositories remembered for {@code userId}, so the next call asks GitHub again:
   * call it when the user signs out, or wants a change made on GitHub to show at once.
   */
  public void forget(long userId) {
    users.forgetUser(userId);
  }

  private static Set<Long> ids(List<IndexedInstallation> installations) {
    return installations.stream().map(IndexedInstallation::id).collect(Collectors.toSet());
  }
}
