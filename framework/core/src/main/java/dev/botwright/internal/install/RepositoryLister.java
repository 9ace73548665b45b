package dev.botwright.internal.install;

import dev.botwright.github.GitHubClients;
import dev.botwright.install.IndexedRepository;
import dev.botwright.install.InstallationIndex;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Fills the index with an installation's repositories, as the installation sees them: the app's own
 * view, never an answer to what a user may see (that is {@link UserRepositories}).
 */
@Singleton
@Requires(property = "botwright.install.enabled", value = "true")
final class RepositoryLister {

  private final GitHubClients clients;
  private final InstallationIndex index;

  RepositoryLister(GitHubClients clients, InstallationIndex index) {
    this.clients = clients;
    this.index = index;
  }

  /**
   * @throws dev.botwright.github.GitHubApiException when GitHub fails
   */
  void refresh(long installationId) {
    List<IndexedRepository> repositories =
        clients
            .installation(installationId)
            .paginate("GET /installation/repositories", Map.of("per_page", 100))
            .map(RepositoryLister::toIndexed)
            .toList();
    index.replaceRepositories(installationId, repositories);
  }

  /** One repository of a GitHub list, as the index holds it. */
  static IndexedRepository toIndexed(JsonNode repository) {
    JsonNode isPrivate = repository.get("private");
    return new IndexedRepository(
        repository.get("id").getLongValue(),
        repository.get("full_name").getStringValue(),
        isPrivate != null && isPrivate.getBooleanValue());
  }
}
