package dev.botwright.client;

import dev.botwright.IssueRef;
import dev.botwright.RepoRef;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.Issues;
import io.micronaut.json.tree.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** {@link Issues} as thin calls of {@link GitHubClient#request}. */
final class DefaultIssues implements Issues {

  private static final String ISSUE = "/repos/{owner}/{repo}/issues/{issue_number}";
  private static final String COMMENT = "/repos/{owner}/{repo}/issues/comments/{comment_id}";

  private final GitHubClient github;

  DefaultIssues(GitHubClient github) {
    this.github = github;
  }

  @Override
  public JsonNode createComment(IssueRef issue, String body) {
    return call("POST " + ISSUE + "/comments", Params.of(issue).put("body", body));
  }

  @Override
  public JsonNode updateComment(RepoRef repo, long commentId, String body) {
    return call("PATCH " + COMMENT, Params.of(repo).put("comment_id", commentId).put("body", body));
  }

  @Override
  public void deleteComment(RepoRef repo, long commentId) {
    call("DELETE " + COMMENT, Params.of(repo).put("comment_id", commentId));
  }

  @Override
  public Stream<JsonNode> listComments(IssueRef issue) {
    return github.paginate("GET " + ISSUE + "/comments", Params.of(issue).map());
  }

  @Override
  public JsonNode get(IssueRef issue) {
    return call("GET " + ISSUE, Params.of(issue));
  }

  @Override
  public JsonNode create(RepoRef repo, String title, String body) {
    return call(
        "POST /repos/{owner}/{repo}/issues", Params.of(repo).put("title", title).put("body", body));
  }

  @Override
  public JsonNode update(IssueRef issue, Map<String, ?> fields) {
    return call("PATCH " + ISSUE, Params.of(issue).putAll(fields));
  }

  @Override
  public JsonNode close(IssueRef issue) {
    return call("PATCH " + ISSUE, Params.of(issue).put("state", "closed"));
  }

  @Override
  public JsonNode addLabels(IssueRef issue, String... labels) {
    return call("POST " + ISSUE + "/labels", Params.of(issue).put("labels", List.of(labels)));
  }

  @Override
  public JsonNode removeLabel(IssueRef issue, String label) {
    return call("DELETE " + ISSUE + "/labels/{name}", Params.of(issue).put("name", label));
  }

  @Override
  public JsonNode setLabels(IssueRef issue, String... labels) {
    return call("PUT " + ISSUE + "/labels", Params.of(issue).put("labels", List.of(labels)));
  }

  @Override
  public JsonNode createLabel(RepoRef repo, String name, String color, String description) {
    return call(
        "POST /repos/{owner}/{repo}/labels",
        Params.of(repo).put("name", name).put("color", color).put("description", description));
  }

  @Override
  public JsonNode addReaction(IssueRef issue, String content) {
    return call("POST " + ISSUE + "/reactions", Params.of(issue).put("content", content));
  }

  @Override
  public JsonNode addCommentReaction(RepoRef repo, long commentId, String content) {
    return call(
        "POST " + COMMENT + "/reactions",
        Params.of(repo).put("comment_id", commentId).put("content", content));
  }

  @Override
  public JsonNode addAssignees(IssueRef issue, String... logins) {
    return call("POST " + ISSUE + "/assignees", Params.of(issue).put("assignees", List.of(logins)));
  }

  @Override
  public void lock(IssueRef issue, String reason) {
    call("PUT " + ISSUE + "/lock", Params.of(issue).put("lock_reason", reason));
  }

  private JsonNode call(String route, Params params) {
    return github.request(route, params.map()).body();
  }
}
