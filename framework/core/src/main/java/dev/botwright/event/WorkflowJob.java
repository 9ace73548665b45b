package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;

/**
 * One job of a GitHub Actions workflow run.
 *
 * @param id the job id
 * @param runId the run it belongs to
 * @param runAttempt the run attempt, from 1
 * @param name the job's name
 * @param workflowName the workflow's name
 * @param status {@code "queued"}, {@code "in_progress"}, {@code "completed"} or {@code "waiting"}
 * @param conclusion e.g. {@code "success"}; {@code null} until completed
 * @param headBranch the branch it ran on
 * @param headSha the commit it ran on
 * @param labels the runner labels it asked for, e.g. {@code "ubuntu-latest"}
 * @param runnerName the runner that took it, or {@code null}
 * @param htmlUrl the job's page
 * @param startedAt when it started
 * @param completedAt when it completed, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record WorkflowJob(
    long id,
    long runId,
    int runAttempt,
    String name,
    @Nullable String workflowName,
    String status,
    @Nullable String conclusion,
    @Nullable String headBranch,
    String headSha,
    List<String> labels,
    @Nullable String runnerName,
    @Nullable String htmlUrl,
    @Nullable Instant startedAt,
    @Nullable Instant completedAt) {

  public WorkflowJob {
    labels = Lists.copy(labels);
  }
}
