package dev.botwright.client;

import dev.botwright.PullRequestRef;
import dev.botwright.RepoRef;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.PullRequests;
import io.micronaut.json.tree.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** {@link PullRequests} as thin calls of {@link GitHubClient#request}. */
final class DefaultPullRequests implements PullRequests {

  private static final String PULL = "/repos/{owner}/{repo}/pulls/{pull_number}";

  private final GitHubClient github;

  DefaultPullRequests(GitHubClient github) {
    this.github = github;
  }

  @Override
  public JsonNode get(PullRequestRef pull) {
    return call("GET " + PULL, Params.of(pull));
  }

  @Override
  public Stream<JsonNode> listFiles(PullRequestRef pull) {
    return github.paginate("GET " + PULL + "/files", Params.of(pull).map());
  }

  @Override
  public JsonNode createReview(PullRequestRef pull, ReviewEvent event, String body) {
    return call(
        "POST " + PULL + "/reviews", Params.of(pull).put("event", event.name()).put("body", body));
  }

  @Override
  public JsonNode requestReviewers(
      PullRequestRef pull, List<String> reviewers, List<String> teams) {
    return call(
        "POST " + PULL + "/requested_reviewers",
        Params.of(pull).put("reviewers", reviewers).put("team_reviewers", teams));
  }

  @Override
  public JsonNode merge(PullRequestRef pull, MergeMethod method, String commitTitle) {
    return call(
        "PUT " + PULL + "/merge",
        Params.of(pull)
            .put("merge_method", method.name().toLowerCase(Locale.ROOT))
            .put("commit_title", commitTitle));
  }

  @Override
  public JsonNode create(RepoRef repo, String title, String head, String base, String body) {
    return call(
        "POST /repos/{owner}/{repo}/pulls",
        Params.of(repo).put("title", title).put("head", head).put("base", base).put("body", body));
  }

  @Override
  public JsonNode update(PullRequestRef pull, Map<String, ?> fields) {
    return call("PATCH " + PULL, Params.of(pull).putAll(fields));
  }

  private JsonNode call(String route, Params params) {
    return github.request(route, params.map()).body();
  }
}
