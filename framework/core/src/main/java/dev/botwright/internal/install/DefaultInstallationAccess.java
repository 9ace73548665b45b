package dev.botwright.internal.install;

import dev.botwright.install.IndexedInstallation;
import dev.botwright.install.IndexedRepository;
import dev.botwright.install.InstallationAccess;
import dev.botwright.install.InstallationIndex;
import dev.botwright.oauth.UserSession;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The default {@link InstallationAccess}. */
@Singleton
@Requires(property = "botwright.install.enabled", value = "true")
final class DefaultInstallationAccess implements InstallationAccess {

  private final InstallationIndex index;
  private final RepositoryLister repositories;
  private final UserRepositories users;

  DefaultInstallationAccess(
      InstallationIndex index, RepositoryLister repositories, UserRepositories users) {
    this.index = index;
    this.repositories = repositories;
    this.users = users;
  }

  @Override
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

  @Override
  public List<IndexedRepository> repositories(UserSession user, long installationId) {
    if (!ids(index.installationsOf(user.userId())).contains(installationId)) {
      return List.of();
    }
    return users.of(user, installationId);
  }

  @Override
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

  @Override
  public void forget(long userId) {
    users.forgetUser(userId);
  }

  private static Set<Long> ids(List<IndexedInstallation> installations) {
    return installations.stream().map(IndexedInstallation::id).collect(Collectors.toSet());
  }
}
