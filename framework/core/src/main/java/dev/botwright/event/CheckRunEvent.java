package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * Payload of the {@code check_run} webhook. A check run was created, completed, rerequested, or one
 * of its actions was requested.
 *
 * @param action what happened, e.g. {@code "created"}
 * @param checkRun the check run
 * @param requestedAction the action the user asked for, for {@code requested_action}
 * @param sender the account that triggered the event
 * @param repository the repository
 * @param organization the organization, when the repository belongs to one
 * @param installation the installation, for GitHub App deliveries
 * @see <a
 *     href="https://docs.github.com/en/webhooks/webhook-events-and-payloads#check_run">check_run</a>
 */
@GitHubEvent("check_run")
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record CheckRunEvent(
    String action,
    CheckRun checkRun,
    @Nullable RequestedAction requestedAction,
    User sender,
    Repository repository,
    @Nullable Organization organization,
    @Nullable Installation installation)
    implements WebhookEvent {}
