package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * Payload of the {@code repository} webhook. A repository was created, renamed, archived, deleted
 * and so on.
 *
 * @param action what happened, e.g. {@code "created"}
 * @param sender the account that triggered the event
 * @param repository the repository
 * @param organization the organization, when the repository belongs to one
 * @param installation the installation, for GitHub App deliveries
 * @see <a
 *     href="https://docs.github.com/en/webhooks/webhook-events-and-payloads#repository">repository</a>
 */
@GitHubEvent("repository")
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record RepositoryEvent(
    String action,
    User sender,
    Repository repository,
    @Nullable Organization organization,
    @Nullable Installation installation)
    implements WebhookEvent {}
