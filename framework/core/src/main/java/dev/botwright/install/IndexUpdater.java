package dev.botwright.install;

import dev.botwright.OnEvent;
import dev.botwright.event.GithubAppAuthorizationEvent;
import dev.botwright.event.Installation;
import dev.botwright.event.InstallationEvent;
import dev.botwright.event.InstallationRepositoriesEvent;
import dev.botwright.event.RepositorySummary;
import dev.botwright.oauth.UserSessions;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the {@link InstallationIndex} current from webhooks. A bean only when {@code
 * botwright.install.enabled} is true, so a bot without the index does not subscribe to these events
 * through the framework.
 */
@Singleton
@Requires(property = "botwright.install.enabled", value = "true")
final class IndexUpdater {

  private final InstallationIndex index;
  private final Optional<UserSessions> sessions;

  IndexUpdater(InstallationIndex index, Optional<UserSessions> sessions) {
    this.index = index;
    this.sessions = sessions;
  }

  @OnEvent({"installation.created", "installation.new_permissions_accepted"})
  void installed(InstallationEvent event) {
    Installation installation = event.installation();
    index.save(toIndexed(installation));
    if (event.action().equals("created")) {
      index.replaceRepositories(installation.id(), toIndexed(event.repositories()));
    }
  }

  @OnEvent("installation.deleted")
  void deleted(InstallationEvent event) {
    index.delete(event.installation().id());
  }

  @OnEvent({"installation.suspend", "installation.unsuspend"})
  void suspended(InstallationEvent event) {
    index.save(toIndexed(event.installation()).withSuspended(event.action().equals("suspend")));
  }

  @OnEvent({"installation_repositories.added", "installation_repositories.removed"})
  void repositoriesChanged(InstallationRepositoriesEvent event) {
    index.updateRepositories(
        event.installation().id(),
        toIndexed(event.repositoriesAdded()),
        event.repositoriesRemoved().stream().map(RepositorySummary::id).toList());
  }

  /** The payload's own model has no record yet, so this reads the two fields it needs. */
  @OnEvent("installation_target.renamed")
  void renamed(JsonNode payload) {
    JsonNode installation = payload.get("installation");
    JsonNode account = payload.get("account");
    if (installation == null || account == null || account.get("login") == null) {
      return;
    }
    long id = installation.get("id").getLongValue();
    String login = account.get("login").getStringValue();
    index.installation(id).ifPresent(known -> index.save(known.withAccount(login)));
  }

  @OnEvent("github_app_authorization.revoked")
  void revoked(GithubAppAuthorizationEvent event) {
    long userId = event.sender().id();
    index.unlinkUser(userId);
    sessions.ifPresent(s -> s.revokeAll(userId));
  }

  private static IndexedInstallation toIndexed(Installation installation) {
    return new IndexedInstallation(
        installation.id(),
        installation.account() == null ? "" : installation.account().login(),
        installation.targetType() == null ? "" : installation.targetType(),
        installation.suspendedAt() != null);
  }

  private static List<IndexedRepository> toIndexed(List<RepositorySummary> repositories) {
    return repositories.stream()
        .map(r -> new IndexedRepository(r.id(), r.fullName(), r.isPrivate()))
        .toList();
  }
}
