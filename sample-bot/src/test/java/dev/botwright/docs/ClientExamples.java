package dev.botwright.docs;

import dev.botwright.event.Issue;
import dev.botwright.event.IssueComment;
import dev.botwright.event.Label;
import dev.botwright.event.Release;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.GitHubResponse;
import dev.botwright.github.IssueRef;
import dev.botwright.github.PullRequestRef;
import dev.botwright.github.PullRequests;
import dev.botwright.github.RepoRef;
import io.micronaut.json.tree.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The GitHub client's calls as the guide shows them; plain methods, not handlers. */
// The guide quotes these lines: each local shows the type a call answers, and nothing reads it.
@SuppressWarnings("UnusedVariable")
final class ClientExamples {

  private ClientExamples() {}

  static void routeStyle(GitHubClient github, RepoRef repo) {
    GitHubResponse response =
        github.request(
            "POST /repos/{owner}/{repo}/issues",
            Map.of(
                "owner", repo.owner(),
                "repo", repo.repo(),
                "title", "Nightly build failed",
                "labels", List.of("ci")));
    long number = response.body().get("number").getLongValue();
    Optional<String> remaining = response.header("x-ratelimit-remaining");

    // {+path} keeps the slashes of a file path; other placeholders are one encoded segment each
    github.request(
        "GET /repos/{owner}/{repo}/contents/{+path}",
        Map.of(
            "owner", repo.owner(), "repo", repo.repo(), "path", "docs/README.md", "ref", "main"));
  }

  static void typedRequest(GitHubClient github, RepoRef repo) {
    Release latest =
        github.request(
            "GET /repos/{owner}/{repo}/releases/latest",
            Map.of("owner", repo.owner(), "repo", repo.repo()),
            Release.class);
    String tag = latest.tagName();
  }

  static void pagination(GitHubClient github, RepoRef repo) {
    List<String> titles =
        github
            .paginate(
                "GET /repos/{owner}/{repo}/issues",
                Map.of("owner", repo.owner(), "repo", repo.repo(), "state", "open"),
                Issue.class) // each item read into the record; leave the type out for JsonNode
            .filter(issue -> !issue.isPullRequest()) // the issues route lists them too
            .map(Issue::title)
            .limit(50) // pages are fetched only as the stream needs them
            .toList();
  }

  static void graphql(GitHubClient github, RepoRef repo) {
    JsonNode data =
        github.graphql(
            "query($owner: String!, $name: String!) {"
                + " repository(owner: $owner, name: $name) { stargazerCount } }",
            Map.of("owner", repo.owner(), "name", repo.repo()));
    int stars = data.get("repository").get("stargazerCount").getIntValue();
  }

  static void typedHelpers(GitHubClient github, IssueRef issue, PullRequestRef pull) {
    List<Label> labels = github.issues().addLabels(issue, "triage"); // all labels it has now
    IssueComment comment =
        github.issues().createComment(pull.asIssue(), "Thanks! A maintainer will review this.");
    String link = comment.htmlUrl();
    github.pulls().createReview(pull, PullRequests.ReviewEvent.APPROVE, null);
    Optional<String> config =
        github.repos().getContent(issue.repository(), ".github/bot.yml", null);
  }

  static boolean canPush(GitHubClient github, RepoRef repo, String login) {
    // "admin", "write", "read" or "none"
    String permission = github.repos().getCollaboratorPermission(repo, login).permission();
    return permission.equals("admin") || permission.equals("write");
  }
}
