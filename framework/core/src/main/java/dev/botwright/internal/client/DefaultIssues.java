package dev.botwright.internal.client;

import dev.botwright.event.Issue;
import dev.botwright.event.IssueComment;
import dev.botwright.event.Label;
import dev.botwright.event.Reaction;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.IssueRef;
import dev.botwright.github.Issues;
import dev.botwright.github.RepoRef;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** {@link Issues} as thin calls of {@link GitHubClient#request}, each answer typed. */
final class DefaultIssues implements Issues {

  private static final String ISSUE = "/repos/{owner}/{repo}/issues/{issue_number}";
  private static final String COMMENT = "/repos/{owner}/{repo}/issues/comments/{comment_id}";

  private final GitHubClient github;

  DefaultIssues(GitHubClient github) {
    this.github = github;
  }

  @Override
  public IssueComment createComment(IssueRef issue, String body) {
    return github.request(
        "POST " + ISSUE + "/comments",
        Params.of(issue).put("body", body).map(),
        IssueComment.class);
  }

  @Override
  public IssueComment updateComment(RepoRef repo, long commentId, String body) {
    return github.request(
        "PATCH " + COMMENT,
        Params.of(repo).put("comment_id", commentId).put("body", body).map(),
        IssueComment.class);
  }

  @Override
  public void deleteComment(RepoRef repo, long commentId) {
    github.request("DELETE " + COMMENT, Params.of(repo).put("comment_id", commentId).map());
  }

  @Override
  public Stream<IssueComment> listComments(IssueRef issue) {
    return github.paginate(
        "GET " + ISSUE + "/comments", Params.of(issue).map(), IssueComment.class);
  }

  @Override
  public Issue get(IssueRef issue) {
    return github.request("GET " + ISSUE, Params.of(issue).map(), Issue.class);
  }

  @Override
  public Stream<Issue> listForRepo(RepoRef repo, State state, @Nullable Instant since) {
    Params params =
        Params.of(repo)
            .put("state", state.name().toLowerCase(Locale.ROOT))
            .put("sort", "updated")
            .put("direction", "asc")
            .put("since", since == null ? null : since.toString());
    return github.paginate("GET /repos/{owner}/{repo}/issues", params.map(), Issue.class);
  }

  @Override
  public Issue create(RepoRef repo, String title, @Nullable String body) {
    return github.request(
        "POST /repos/{owner}/{repo}/issues",
        Params.of(repo).put("title", title).put("body", body).map(),
        Issue.class);
  }

  @Override
  public Issue update(IssueRef issue, Map<String, ?> fields) {
    return github.request("PATCH " + ISSUE, Params.of(issue).putAll(fields).map(), Issue.class);
  }

  @Override
  public Issue close(IssueRef issue) {
    return github.request(
        "PATCH " + ISSUE, Params.of(issue).put("state", "closed").map(), Issue.class);
  }

  @Override
  public List<Label> addLabels(IssueRef issue, String... labels) {
    return labels("POST " + ISSUE + "/labels", Params.of(issue).put("labels", List.of(labels)));
  }

  @Override
  public List<Label> removeLabel(IssueRef issue, String label) {
    return labels("DELETE " + ISSUE + "/labels/{name}", Params.of(issue).put("name", label));
  }

  @Override
  public List<Label> setLabels(IssueRef issue, String... labels) {
    return labels("PUT " + ISSUE + "/labels", Params.of(issue).put("labels", List.of(labels)));
  }

  @Override
  public Label createLabel(RepoRef repo, String name, String color, @Nullable String description) {
    return github.request(
        "POST /repos/{owner}/{repo}/labels",
        Params.of(repo).put("name", name).put("color", color).put("description", description).map(),
        Label.class);
  }

  @Override
  public Reaction addReaction(IssueRef issue, String content) {
    return github.request(
        "POST " + ISSUE + "/reactions",
        Params.of(issue).put("content", content).map(),
        Reaction.class);
  }

  @Override
  public Reaction addCommentReaction(RepoRef repo, long commentId, String content) {
    return github.request(
        "POST " + COMMENT + "/reactions",
        Params.of(repo).put("comment_id", commentId).put("content", content).map(),
        Reaction.class);
  }

  @Override
  public Stream<Reaction> listReactions(IssueRef issue) {
    return github.paginate("GET " + ISSUE + "/reactions", Params.of(issue).map(), Reaction.class);
  }

  @Override
  public void removeReaction(IssueRef issue, long reactionId) {
    github.request(
        "DELETE " + ISSUE + "/reactions/{reaction_id}",
        Params.of(issue).put("reaction_id", reactionId).map());
  }

  @Override
  public void removeCommentReaction(RepoRef repo, long commentId, long reactionId) {
    github.request(
        "DELETE " + COMMENT + "/reactions/{reaction_id}",
        Params.of(repo).put("comment_id", commentId).put("reaction_id", reactionId).map());
  }

  @Override
  public Issue addAssignees(IssueRef issue, String... logins) {
    return github.request(
        "POST " + ISSUE + "/assignees",
        Params.of(issue).put("assignees", List.of(logins)).map(),
        Issue.class);
  }

  @Override
  public void lock(IssueRef issue, @Nullable String reason) {
    github.request("PUT " + ISSUE + "/lock", Params.of(issue).put("lock_reason", reason).map());
  }

  private List<Label> labels(String route, Params params) {
    return List.of(github.request(route, params.map(), Label[].class));
  }
}
