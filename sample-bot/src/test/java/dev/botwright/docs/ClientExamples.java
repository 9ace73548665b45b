package dev.botwright.docs;

import dev.botwright.IssueRef;
import dev.botwright.PullRequestRef;
import dev.botwright.RepoRef;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.GitHubResponse;
import dev.botwright.github.PullRequests;
import io.micronaut.json.tree.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The GitHub client's calls as the guide shows them; plain methods, not handlers. */
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

  static void pagination(GitHubClient github, RepoRef repo) {
    List<String> titles =
        github
            .paginate(
                "GET /repos/{owner}/{repo}/issues",
                Map.of("owner", repo.owner(), "repo", repo.repo(), "state", "open"))
            // the issues route lists pull requests too
            .filter(issue -> issue.get("pull_request") == null)
            .map(issue -> issue.get("title").getStringValue())
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
    github.issues().addLabels(issue, "triage");
    github.issues().createComment(pull.asIssue(), "Thanks! A maintainer will review this.");
    github.pulls().createReview(pull, PullRequests.ReviewEvent.APPROVE, null);
    Optional<String> config =
        github.repos().getContent(issue.repository(), ".github/bot.yml", null);
  }
}
