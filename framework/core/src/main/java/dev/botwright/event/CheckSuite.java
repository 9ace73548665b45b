package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;

/**
 * A check suite: the check runs of one app for one commit.
 *
 * @param id the check suite id
 * @param headBranch the branch, or {@code null} for a commit not on a branch
 * @param headSha the commit checked
 * @param status {@code "queued"}, {@code "in_progress"} or {@code "completed"}
 * @param conclusion e.g. {@code "success"} or {@code "failure"}; {@code null} until completed
 * @param before the commit before the push that created the suite
 * @param after the commit after that push
 * @param app the app the suite belongs to
 * @param pullRequests open pull requests for the commit, in short form
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record CheckSuite(
    long id,
    @Nullable String headBranch,
    String headSha,
    @Nullable String status,
    @Nullable String conclusion,
    @Nullable String before,
    @Nullable String after,
    @Nullable App app,
    List<PullRequest> pullRequests,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt) {

  public CheckSuite {
    pullRequests = Lists.copy(pullRequests);
  }
}
