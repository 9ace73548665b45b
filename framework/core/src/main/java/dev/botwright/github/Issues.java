package dev.botwright.github;

import dev.botwright.event.Issue;
import dev.botwright.event.IssueComment;
import dev.botwright.event.Label;
import dev.botwright.event.Reaction;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Issues, their comments, labels and reactions. Obtain it from {@link GitHubClient#issues()}. Pull
 * requests are issues too: use {@link dev.botwright.github.PullRequestRef#asIssue()} for their
 * comments and labels. Each method returns the resource GitHub answers with.
 */
public interface Issues {

  /** Which issues {@link #listForRepo} streams. */
  enum State {
    /** Open issues. */
    OPEN,
    /** Closed issues. */
    CLOSED,
    /** Open and closed issues. */
    ALL
  }

  /**
   * Comments on an issue or pull request; returns the created comment.
   *
   * <p>{@code POST /repos/{owner}/{repo}/issues/{issue_number}/comments}
   */
  IssueComment createComment(IssueRef issue, String body);

  /**
   * Replaces the text of a comment; returns the updated comment.
   *
   * <p>{@code PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}}
   */
  IssueComment updateComment(RepoRef repo, long commentId, String body);

  /**
   * Deletes a comment.
   *
   * <p>{@code DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}}
   */
  void deleteComment(RepoRef repo, long commentId);

  /**
   * Streams every comment of an issue, fetching pages as the stream is consumed.
   *
   * <p>{@code GET /repos/{owner}/{repo}/issues/{issue_number}/comments}
   */
  Stream<IssueComment> listComments(IssueRef issue);

  /**
   * Reads an issue.
   *
   * <p>{@code GET /repos/{owner}/{repo}/issues/{issue_number}}
   */
  Issue get(IssueRef issue);

  /**
   * Streams a repository's issues, least recently updated first, fetching pages as the stream is
   * consumed: a sweep for stale issues stops paging once it reaches recent ones.
   *
   * <pre>{@code
   * Instant cutoff = Instant.now().minus(Duration.ofDays(30));
   * issues.listForRepo(repo, Issues.State.OPEN, null)
   *     .takeWhile(issue -> issue.updatedAt().isBefore(cutoff))
   *     .filter(issue -> issue.pullRequest() == null)
   *     .forEach(issue -> ...);
   * }</pre>
   *
   * <p>GitHub lists pull requests as issues too (their {@code pullRequest()} is not null).
   *
   * <p>{@code GET /repos/{owner}/{repo}/issues?state=…&sort=updated&direction=asc}
   *
   * @param since only issues updated at or after this time; {@code null} for all
   */
  Stream<Issue> listForRepo(RepoRef repo, State state, @Nullable Instant since);

  /**
   * Opens an issue; returns it (its {@code number} addresses it later).
   *
   * <p>{@code POST /repos/{owner}/{repo}/issues}
   */
  Issue create(RepoRef repo, String title, @Nullable String body);

  /**
   * Changes any of an issue's fields ({@code title}, {@code body}, {@code state}, {@code
   * state_reason}, {@code labels}, {@code assignees}, {@code milestone}).
   *
   * <p>{@code PATCH /repos/{owner}/{repo}/issues/{issue_number}}
   */
  Issue update(IssueRef issue, Map<String, ?> fields);

  /**
   * Closes an issue.
   *
   * <p>{@code PATCH /repos/{owner}/{repo}/issues/{issue_number}} with {@code state=closed}
   */
  Issue close(IssueRef issue);

  /**
   * Adds labels (creating missing ones); returns all labels of the issue.
   *
   * <p>{@code POST /repos/{owner}/{repo}/issues/{issue_number}/labels}
   */
  List<Label> addLabels(IssueRef issue, String... labels);

  /**
   * Removes one label; returns the remaining labels. GitHub answers 404 if it was not there.
   *
   * <p>{@code DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}}
   */
  List<Label> removeLabel(IssueRef issue, String label);

  /**
   * Replaces all labels of an issue; returns them.
   *
   * <p>{@code PUT /repos/{owner}/{repo}/issues/{issue_number}/labels}
   */
  List<Label> setLabels(IssueRef issue, String... labels);

  /**
   * Creates a label in a repository.
   *
   * <p>{@code POST /repos/{owner}/{repo}/labels}
   *
   * @param color six hex digits without {@code #}, e.g. {@code "d73a4a"}
   */
  Label createLabel(RepoRef repo, String name, String color, @Nullable String description);

  /**
   * Reacts to an issue or pull request.
   *
   * <p>{@code POST /repos/{owner}/{repo}/issues/{issue_number}/reactions}
   *
   * @param content one of {@code +1, -1, laugh, confused, heart, hooray, rocket, eyes}
   */
  Reaction addReaction(IssueRef issue, String content);

  /**
   * Reacts to an issue comment.
   *
   * <p>{@code POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions}
   *
   * @param content one of {@code +1, -1, laugh, confused, heart, hooray, rocket, eyes}
   */
  Reaction addCommentReaction(RepoRef repo, long commentId, String content);

  /**
   * Streams the reactions to an issue or pull request, e.g. to find the bot's own before removing
   * it.
   *
   * <p>{@code GET /repos/{owner}/{repo}/issues/{issue_number}/reactions}
   */
  Stream<Reaction> listReactions(IssueRef issue);

  /**
   * Removes a reaction from an issue or pull request (the bot can remove only its own).
   *
   * <p>{@code DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}}
   *
   * @param reactionId the {@code id} of the {@link Reaction} that {@link #addReaction} returned
   */
  void removeReaction(IssueRef issue, long reactionId);

  /**
   * Removes a reaction from an issue comment, e.g. a command's 👀 once it has run.
   *
   * <p>{@code DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}}
   *
   * @param reactionId the {@code id} of the {@link Reaction} that {@link #addCommentReaction}
   *     returned
   */
  void removeCommentReaction(RepoRef repo, long commentId, long reactionId);

  /**
   * Assigns users to an issue; returns the issue.
   *
   * <p>{@code POST /repos/{owner}/{repo}/issues/{issue_number}/assignees}
   */
  Issue addAssignees(IssueRef issue, String... logins);

  /**
   * Locks an issue's conversation.
   *
   * <p>{@code PUT /repos/{owner}/{repo}/issues/{issue_number}/lock}
   *
   * @param reason {@code off-topic}, {@code too heated}, {@code resolved}, {@code spam}, or null
   */
  void lock(IssueRef issue, @Nullable String reason);
}
