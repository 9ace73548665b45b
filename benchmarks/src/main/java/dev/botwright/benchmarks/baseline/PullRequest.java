package dev.botwright.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;

/**
 * A pull request. Check and workflow payloads list pull requests in a short form that sets only
 * {@code id}, {@code number}, {@code head} and {@code base}.
 *
 * @param id the pull request id
 * @param number the pull request number within its repository
 * @param title the title
 * @param body the description in Markdown, or {@code null} when empty
 * @param state {@code "open"} or {@code "closed"}
 * @param locked whether the conversation is locked
 * @param draft whether it is a draft
 * @param merged whether it was merged
 * @param mergeable whether it can be merged, or {@code null} while GitHub computes it
 * @param mergeCommitSha the merge (or test merge) commit
 * @param mergedAt when it was merged, or {@code null}
 * @param mergedBy who merged it, or {@code null}
 * @param user the author
 * @param labels the labels
 * @param assignees the assignees
 * @param requestedReviewers users asked to review
 * @param head the branch with the changes
 * @param base the branch the changes go into
 * @param authorAssociation the author's relation to the repository, e.g. {@code "CONTRIBUTOR"}
 * @param htmlUrl the pull request's page
 * @param createdAt when it was opened
 * @param updatedAt when it was last updated
 * @param closedAt when it was closed, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record PullRequest(
    long id,
    int number,
    @Nullable String title,
    @Nullable String body,
    @Nullable String state,
    boolean locked,
    boolean draft,
    boolean merged,
    @Nullable Boolean mergeable,
    @Nullable String mergeCommitSha,
    @Nullable Instant mergedAt,
    @Nullable User mergedBy,
    @Nullable User user,
    List<Label> labels,
    List<User> assignees,
    List<User> requestedReviewers,
    PullRequestBranch head,
    PullRequestBranch base,
    @Nullable String authorAssociation,
    @Nullable String htmlUrl,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @Nullable Instant closedAt) {

  public PullRequest {
    labels = Lists.copy(labels);
    assignees = Lists.copy(assignees);
    requestedReviewers = Lists.copy(requestedReviewers);
  }
}
