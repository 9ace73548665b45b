package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * Payload of the {@code discussion} webhook. Activity on a discussion: created, answered, edited,
 * labeled and so on.
 *
 * @param action what happened, e.g. {@code "created"}
 * @param discussion the discussion
 * @param changes old values, for {@code edited}
 * @param label the label added or removed, for {@code labeled}/{@code unlabeled}
 * @param answer the answer, for {@code answered}
 * @param sender the account that triggered the event
 * @param repository the repository
 * @param organization the organization, when the repository belongs to one
 * @param installation the installation, for GitHub App deliveries
 * @see <a
 *     href="https://docs.github.com/en/webhooks/webhook-events-and-payloads#discussion">discussion</a>
 */
@GitHubEvent("discussion")
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record DiscussionEvent(
    String action,
    Discussion discussion,
    @Nullable Changes changes,
    @Nullable Label label,
    @Nullable Comment answer,
    User sender,
    Repository repository,
    @Nullable Organization organization,
    @Nullable Installation installation)
    implements WebhookEvent {}
