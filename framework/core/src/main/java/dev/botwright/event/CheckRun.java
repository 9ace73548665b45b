package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;

/**
 * A check run: one check of one commit.
 *
 * @param id the check run id
 * @param name the check's name
 * @param headSha the commit checked
 * @param externalId the app's own id for the run, or {@code null}
 * @param status {@code "queued"}, {@code "in_progress"} or {@code "completed"}
 * @param conclusion e.g. {@code "success"} or {@code "failure"}; {@code null} until completed
 * @param htmlUrl the run's page
 * @param detailsUrl the app's page for the run
 * @param output the text shown for the run
 * @param checkSuite the suite the run belongs to
 * @param app the app that created the run
 * @param pullRequests open pull requests for the commit, in short form
 * @param startedAt when it started
 * @param completedAt when it completed, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record CheckRun(
    long id,
    String name,
    String headSha,
    @Nullable String externalId,
    String status,
    @Nullable String conclusion,
    @Nullable String htmlUrl,
    @Nullable String detailsUrl,
    @Nullable CheckRunOutput output,
    @Nullable CheckSuite checkSuite,
    @Nullable App app,
    List<PullRequest> pullRequests,
    @Nullable Instant startedAt,
    @Nullable Instant completedAt) {

  public CheckRun {
    pullRequests = Lists.copy(pullRequests);
  }
}
