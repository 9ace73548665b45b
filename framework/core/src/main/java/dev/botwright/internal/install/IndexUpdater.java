package dev.botwright.internal.install;

import dev.botwright.OnEvent;
import dev.botwright.event.GithubAppAuthorizationEvent;
import dev.botwright.event.Installation;
import dev.botwright.event.InstallationAccount;
import dev.botwright.event.InstallationEvent;
import dev.botwright.event.InstallationRepositoriesEvent;
import dev.botwright.event.InstallationRepository;
import dev.botwright.event.InstallationTargetEvent;
import dev.botwright.event.RemovedRepository;
import dev.botwright.install.IndexedInstallation;
import dev.botwright.install.IndexedRepository;
import dev.botwright.install.InstallationIndex;
import dev.botwright.oauth.UserSessions;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the {@link InstallationIndex} current from webhooks, and forgets the users' repositories of
 * an installation the webhook says changed ({@link UserRepositories}). A bean only when {@code
 * botwright.install.enabled} is true, so a bot without the index does not subscribe to these events
 * through the framework.
 */
@Singleton
@Requires(property = "botwright.install.enabled", value = "true")
final class IndexUpdater {

  private final InstallationIndex index;
  private final UserRepositories users;
  private final Optional<UserSessions> sessions;
  private final InstallationRequests requests;

  IndexUpdater(
      InstallationIndex index,
      UserRepositories users,
      Optional<UserSessions> sessions,
      InstallationRequests requests) {
    this.index = index;
    this.users = users;
    this.sessions = sessions;
    this.requests = requests;
  }

  @OnEvent({"installation.created", "installation.new_permissions_accepted"})
  void installed(InstallationEvent event) {
    Installation installation = event.installation();
    users.forgetInstallation(installation.id());
    index.save(toIndexed(installation));
    if (event instanceof InstallationEvent.Created created) {
      index.replaceRepositories(installation.id(), toIndexed(created.repositories()));
      InstallationAccount account = installation.account();
      requests.created(
          installation.id(),
          created.requester() == null ? null : created.requester().id(),
          account == null ? null : account.id());
    }
  }

  @OnEvent("installation.deleted")
  void deleted(InstallationEvent event) {
    users.forgetInstallation(event.installation().id());
    index.delete(event.installation().id());
  }

  @OnEvent({"installation.suspend", "installation.unsuspend"})
  void suspended(InstallationEvent event) {
    users.forgetInstallation(event.installation().id());
    index.save(toIndexed(event.installation()).withSuspended(event.action().equals("suspend")));
  }

  @OnEvent({"installation_repositories.added", "installation_repositories.removed"})
  void repositoriesChanged(InstallationRepositoriesEvent event) {
    users.forgetInstallation(event.installation().id());
    index.updateRepositories(
        event.installation().id(),
        toIndexed(event.repositoriesAdded()),
        event.repositoriesRemoved().stream()
            .map(RemovedRepository::id)
            .filter(Objects::nonNull)
            .toList());
  }

  @OnEvent("installation_target.renamed")
  void renamed(InstallationTargetEvent.Renamed event) {
    String login = event.account().login();
    users.forgetInstallation(event.installation().id());
    if (login == null) {
      return;
    }
    index
        .installation(event.installation().id())
        .ifPresent(known -> index.save(known.withAccount(login)));
  }

  @OnEvent("github_app_authorization.revoked")
  void revoked(GithubAppAuthorizationEvent event) {
    long userId = event.sender().id();
    index.unlinkUser(userId);
    users.forgetUser(userId);
    sessions.ifPresent(s -> s.revokeAll(userId));
  }

  private static IndexedInstallation toIndexed(Installation installation) {
    InstallationAccount account = installation.account();
    String login = account == null ? null : account.login();
    String targetType = installation.targetType();
    return new IndexedInstallation(
        installation.id(),
        login == null ? "" : login,
        targetType == null ? "" : targetType,
        installation.suspendedAt() != null);
  }

  private static List<IndexedRepository> toIndexed(List<InstallationRepository> repositories) {
    return repositories.stream()
        .map(r -> new IndexedRepository(r.id(), r.fullName(), r.isPrivate()))
        .toList();
  }
}
