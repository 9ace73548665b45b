package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;

/**
 * Payload of the {@code status} webhook. A commit status changed.
 *
 * @param id the status id
 * @param sha the commit
 * @param state {@code "pending"}, {@code "success"}, {@code "failure"} or {@code "error"}
 * @param context the status's label, e.g. {@code "ci/build"}
 * @param description the status's description
 * @param targetUrl the page the status links to
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param sender the account that triggered the event
 * @param repository the repository
 * @param organization the organization, when the repository belongs to one
 * @param installation the installation, for GitHub App deliveries
 * @see <a href="https://docs.github.com/en/webhooks/webhook-events-and-payloads#status">status</a>
 */
@GitHubEvent("status")
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record StatusEvent(
    long id,
    String sha,
    String state,
    String context,
    @Nullable String description,
    @Nullable String targetUrl,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    User sender,
    Repository repository,
    @Nullable Organization organization,
    @Nullable Installation installation)
    implements WebhookEvent {}
