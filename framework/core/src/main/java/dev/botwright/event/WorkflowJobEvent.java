package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * Payload of the {@code workflow_job} webhook. A GitHub Actions job was queued, started, completed
 * or is waiting.
 *
 * @param action what happened, e.g. {@code "completed"}
 * @param workflowJob the job
 * @param sender the account that triggered the event
 * @param repository the repository
 * @param organization the organization, when the repository belongs to one
 * @param installation the installation, for GitHub App deliveries
 * @see <a
 *     href="https://docs.github.com/en/webhooks/webhook-events-and-payloads#workflow_job">workflow_job</a>
 */
@GitHubEvent("workflow_job")
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record WorkflowJobEvent(
    String action,
    WorkflowJob workflowJob,
    User sender,
    Repository repository,
    @Nullable Organization organization,
    @Nullable Installation installation)
    implements WebhookEvent {}
