package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;

/**
 * One run of a GitHub Actions workflow.
 *
 * @param id the run id
 * @param name the workflow's name
 * @param workflowId the workflow's id
 * @param runNumber the run's number within the workflow
 * @param runAttempt the attempt, from 1
 * @param event the event that triggered it, e.g. {@code "push"}
 * @param status e.g. {@code "queued"}, {@code "in_progress"}, {@code "completed"}
 * @param conclusion e.g. {@code "success"}; {@code null} until completed
 * @param headBranch the branch it ran on
 * @param headSha the commit it ran on
 * @param actor who started it
 * @param triggeringActor who triggered this attempt
 * @param pullRequests pull requests for the commit, in short form
 * @param htmlUrl the run's page
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param runStartedAt when this attempt started
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record WorkflowRun(
    long id,
    @Nullable String name,
    long workflowId,
    int runNumber,
    int runAttempt,
    String event,
    String status,
    @Nullable String conclusion,
    @Nullable String headBranch,
    String headSha,
    @Nullable User actor,
    @Nullable User triggeringActor,
    List<PullRequest> pullRequests,
    String htmlUrl,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @Nullable Instant runStartedAt) {

  public WorkflowRun {
    pullRequests = Lists.copy(pullRequests);
  }
}
