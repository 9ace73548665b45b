package dev.botwright.install;

import dev.botwright.oauth.UserSession;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * The installations of this app a signed-in user can access, asked from GitHub with the user's own
 * token ({@code GET /user/installations}) and recorded in the {@link InstallationIndex}. Call
 * {@link #verify} when a user signs in or opens a page that lists their installations; read {@link
 * #repository} before acting on a repository a user names.
 *
 * <pre>{@code
 * List<IndexedInstallation> mine = access.verify(session);
 * }</pre>
 */
@Singleton
@Requires(property = "botwright.install.enabled", value = "true")
public final class InstallationAccess {

  private final InstallationIndex index;
  private final RepositoryLister repositories;

  InstallationAccess(InstallationIndex index, RepositoryLister repositories) {
    this.index = index;
    this.repositories = repositories;
  }

  /**
   * Asks GitHub which installations {@code user} can access now, indexes the ones not yet known
   * (with their repositories), and replaces the user's links with exactly these.
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
    index.unlinkUser(user.userId());
    found.forEach(installation -> index.link(user.userId(), installation.id()));
    return index.installationsOf(user.userId());
  }

  /**
   * The repository {@code owner/name}, when one of the installations the user was verified to
   * access can access it.
   */
  public Optional<IndexedRepository> repository(long userId, String fullName) {
    return index.installationsOf(userId).stream()
        .flatMap(installation -> index.repositories(installation.id()).stream())
        .filter(repository -> repository.fullName().equalsIgnoreCase(fullName))
        .findFirst();
  }
}
