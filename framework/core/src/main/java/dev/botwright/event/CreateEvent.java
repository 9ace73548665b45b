package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * Payload of the {@code create} webhook. A branch or tag was created.
 *
 * @param ref the branch or tag name (not a full {@code refs/} path)
 * @param refType {@code "branch"} or {@code "tag"}
 * @param masterBranch the repository's default branch
 * @param description the repository's description
 * @param pusherType {@code "user"} or {@code "deploy_key"}
 * @param sender the account that triggered the event
 * @param repository the repository
 * @param organization the organization, when the repository belongs to one
 * @param installation the installation, for GitHub App deliveries
 * @see <a href="https://docs.github.com/en/webhooks/webhook-events-and-payloads#create">create</a>
 */
@GitHubEvent("create")
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record CreateEvent(
    String ref,
    String refType,
    @Nullable String masterBranch,
    @Nullable String description,
    @Nullable String pusherType,
    User sender,
    Repository repository,
    @Nullable Organization organization,
    @Nullable Installation installation)
    implements WebhookEvent {}
