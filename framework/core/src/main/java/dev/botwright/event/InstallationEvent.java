package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * Payload of the {@code installation} webhook. The app was installed, uninstalled, suspended or
 * unsuspended, or new permissions were accepted.
 *
 * @param action what happened, e.g. {@code "created"}
 * @param installation the installation, with its account and permissions
 * @param repositories the repositories the installation can access, when sent
 * @param requester who requested the installation, or {@code null}
 * @param sender the account that triggered the event
 * @see <a
 *     href="https://docs.github.com/en/webhooks/webhook-events-and-payloads#installation">installation</a>
 */
@GitHubEvent("installation")
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record InstallationEvent(
    String action,
    Installation installation,
    List<RepositorySummary> repositories,
    @Nullable User requester,
    User sender)
    implements WebhookEvent {

  public InstallationEvent {
    repositories = Lists.copy(repositories);
  }
}
