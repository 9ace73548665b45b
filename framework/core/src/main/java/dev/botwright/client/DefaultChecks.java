package dev.botwright.client;

import dev.botwright.RepoRef;
import dev.botwright.github.Checks;
import dev.botwright.github.GitHubClient;
import io.micronaut.json.tree.JsonNode;
import java.util.Locale;
import java.util.Map;

/** {@link Checks} as thin calls of {@link GitHubClient#request}. */
final class DefaultChecks implements Checks {

  private final GitHubClient github;

  DefaultChecks(GitHubClient github) {
    this.github = github;
  }

  @Override
  public JsonNode createCheckRun(RepoRef repo, Map<String, ?> fields) {
    return github
        .request("POST /repos/{owner}/{repo}/check-runs", Params.of(repo).putAll(fields).map())
        .body();
  }

  @Override
  public JsonNode updateCheckRun(RepoRef repo, long checkRunId, Map<String, ?> fields) {
    return github
        .request(
            "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
            Params.of(repo).put("check_run_id", checkRunId).putAll(fields).map())
        .body();
  }

  @Override
  public JsonNode createCommitStatus(
      RepoRef repo,
      String sha,
      CommitState state,
      String context,
      String description,
      String targetUrl) {
    Params params =
        Params.of(repo)
            .put("sha", sha)
            .put("state", state.name().toLowerCase(Locale.ROOT))
            .put("context", context)
            .put("description", description)
            .put("target_url", targetUrl);
    return github.request("POST /repos/{owner}/{repo}/statuses/{sha}", params.map()).body();
  }
}
