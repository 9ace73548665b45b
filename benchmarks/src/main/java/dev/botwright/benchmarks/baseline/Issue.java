package dev.botwright.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;

/**
 * An issue, or a pull request seen through the issues API (then {@link #pullRequest()} is set).
 *
 * @param id the issue id
 * @param number the issue number within its repository
 * @param title the title
 * @param body the body in Markdown, or {@code null} when empty
 * @param state {@code "open"} or {@code "closed"}
 * @param stateReason e.g. {@code "completed"} or {@code "not_planned"}
 * @param locked whether the conversation is locked
 * @param user the author
 * @param labels the labels
 * @param assignees the assignees
 * @param comments the number of comments
 * @param authorAssociation the author's relation to the repository, e.g. {@code "OWNER"}
 * @param htmlUrl the issue's page
 * @param pullRequest links to the pull request when this issue is one
 * @param reactions reaction counts, when sent
 * @param createdAt when it was opened
 * @param updatedAt when it was last updated
 * @param closedAt when it was closed, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record Issue(
    long id,
    int number,
    String title,
    @Nullable String body,
    String state,
    @Nullable String stateReason,
    boolean locked,
    User user,
    List<Label> labels,
    List<User> assignees,
    int comments,
    @Nullable String authorAssociation,
    String htmlUrl,
    @Nullable IssuePullRequest pullRequest,
    @Nullable Reactions reactions,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @Nullable Instant closedAt) {

  public Issue {
    labels = Lists.copy(labels);
    assignees = Lists.copy(assignees);
  }

  /** Whether this issue is a pull request. */
  public boolean isPullRequest() {
    return pullRequest != null;
  }
}
