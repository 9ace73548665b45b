package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * Payload of the {@code label} webhook. A repository label was created, edited or deleted.
 *
 * @param action what happened, e.g. {@code "created"}
 * @param label the label
 * @param changes old values, for {@code edited}
 * @param sender the account that triggered the event
 * @param repository the repository
 * @param organization the organization, when the repository belongs to one
 * @param installation the installation, for GitHub App deliveries
 * @see <a href="https://docs.github.com/en/webhooks/webhook-events-and-payloads#label">label</a>
 */
@GitHubEvent("label")
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record LabelEvent(
    String action,
    Label label,
    @Nullable Changes changes,
    User sender,
    Repository repository,
    @Nullable Organization organization,
    @Nullable Installation installation)
    implements WebhookEvent {}
