package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * Payload of the {@code installation_repositories} webhook. Repositories were added to or removed
 * from an installation.
 *
 * @param action what happened, e.g. {@code "added"}
 * @param installation the installation
 * @param repositorySelection {@code "all"} or {@code "selected"}
 * @param repositoriesAdded the repositories added
 * @param repositoriesRemoved the repositories removed
 * @param requester who requested the change, or {@code null}
 * @param sender the account that triggered the event
 * @see <a
 *     href="https://docs.github.com/en/webhooks/webhook-events-and-payloads#installation_repositories">installation_repositories</a>
 */
@GitHubEvent("installation_repositories")
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record InstallationRepositoriesEvent(
    String action,
    Installation installation,
    String repositorySelection,
    List<RepositorySummary> repositoriesAdded,
    List<RepositorySummary> repositoriesRemoved,
    @Nullable User requester,
    User sender)
    implements WebhookEvent {

  public InstallationRepositoriesEvent {
    repositoriesAdded = Lists.copy(repositoriesAdded);
    repositoriesRemoved = Lists.copy(repositoriesRemoved);
  }
}
