package dev.botwright.github;

import dev.botwright.event.DiffEntry;
import dev.botwright.event.PullRequest;
import dev.botwright.event.PullRequestMergeResult;
import dev.botwright.event.PullRequestReview;
import dev.botwright.event.PullRequestSimple;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Pull requests and their reviews. Obtain it from {@link GitHubClient#pulls()}. Comments and labels
 * of a pull request go through {@link Issues} with {@link PullRequestRef#asIssue()}.
 */
public interface PullRequests {

  /** What a review does. */
  enum ReviewEvent {
    /** Approves the changes. */
    APPROVE,
    /** Blocks merging until the author changes something. */
    REQUEST_CHANGES,
    /** Only comments. */
    COMMENT
  }

  /** How a pull request is merged. */
  enum MergeMethod {
    /** A merge commit. */
    MERGE,
    /** One squashed commit. */
    SQUASH,
    /** The commits rebased onto the base branch. */
    REBASE
  }

  /**
   * Reads a pull request.
   *
   * <p>{@code GET /repos/{owner}/{repo}/pulls/{pull_number}}
   */
  PullRequest get(PullRequestRef pull);

  /**
   * Streams the files a pull request changes (at most 3000, as GitHub limits).
   *
   * <p>{@code GET /repos/{owner}/{repo}/pulls/{pull_number}/files}
   */
  Stream<DiffEntry> listFiles(PullRequestRef pull);

  /**
   * Submits a review; {@code body} is required for {@code REQUEST_CHANGES} and {@code COMMENT}.
   *
   * <p>{@code POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews}
   */
  PullRequestReview createReview(PullRequestRef pull, ReviewEvent event, @Nullable String body);

  /**
   * Requests reviews from users and teams (team slugs).
   *
   * <p>{@code POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers}
   */
  PullRequestSimple requestReviewers(
      PullRequestRef pull, List<String> reviewers, List<String> teams);

  /**
   * Merges a pull request; GitHub answers 405 when it cannot be merged.
   *
   * <p>{@code PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge}
   */
  PullRequestMergeResult merge(
      PullRequestRef pull, MergeMethod method, @Nullable String commitTitle);

  /**
   * Opens a pull request from {@code head} (a branch, or {@code user:branch}) into {@code base}.
   *
   * <p>{@code POST /repos/{owner}/{repo}/pulls}
   */
  PullRequest create(RepoRef repo, String title, String head, String base, @Nullable String body);

  /**
   * Changes any of a pull request's fields ({@code title}, {@code body}, {@code state}, {@code
   * base}, {@code maintainer_can_modify}).
   *
   * <p>{@code PATCH /repos/{owner}/{repo}/pulls/{pull_number}}
   */
  PullRequest update(PullRequestRef pull, Map<String, ?> fields);
}
