package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * Payload of the {@code workflow_run} webhook. A GitHub Actions workflow run was requested, started
 * or completed.
 *
 * @param action what happened, e.g. {@code "completed"}
 * @param workflowRun the run
 * @param workflow the workflow
 * @param sender the account that triggered the event
 * @param repository the repository
 * @param organization the organization, when the repository belongs to one
 * @param installation the installation, for GitHub App deliveries
 * @see <a
 *     href="https://docs.github.com/en/webhooks/webhook-events-and-payloads#workflow_run">workflow_run</a>
 */
@GitHubEvent("workflow_run")
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record WorkflowRunEvent(
    String action,
    WorkflowRun workflowRun,
    @Nullable Workflow workflow,
    User sender,
    Repository repository,
    @Nullable Organization organization,
    @Nullable Installation installation)
    implements WebhookEvent {}
