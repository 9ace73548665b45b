package dev.botwright.client;

import dev.botwright.RepoRef;
import dev.botwright.event.CheckRun;
import dev.botwright.event.CheckSuite;
import dev.botwright.event.Status;
import dev.botwright.event.WorkflowRun;
import dev.botwright.github.Checks;
import dev.botwright.github.GitHubClient;
import java.util.Locale;
import java.util.Map;

/** {@link Checks} as thin calls of {@link GitHubClient#request}, each answer typed. */
final class DefaultChecks implements Checks {

  private final GitHubClient github;

  DefaultChecks(GitHubClient github) {
    this.github = github;
  }

  @Override
  public CheckRun createCheckRun(RepoRef repo, Map<String, ?> fields) {
    return github.request(
        "POST /repos/{owner}/{repo}/check-runs",
        Params.of(repo).putAll(fields).map(),
        CheckRun.class);
  }

  @Override
  public CheckRun updateCheckRun(RepoRef repo, long checkRunId, Map<String, ?> fields) {
    return github.request(
        "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
        Params.of(repo).put("check_run_id", checkRunId).putAll(fields).map(),
        CheckRun.class);
  }

  @Override
  public CheckSuite getCheckSuite(RepoRef repo, long checkSuiteId) {
    return github.request(
        "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}",
        Params.of(repo).put("check_suite_id", checkSuiteId).map(),
        CheckSuite.class);
  }

  @Override
  public WorkflowRun getWorkflowRun(RepoRef repo, long runId) {
    return github.request(
        "GET /repos/{owner}/{repo}/actions/runs/{run_id}",
        Params.of(repo).put("run_id", runId).map(),
        WorkflowRun.class);
  }

  @Override
  public Status createCommitStatus(
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
    return github.request("POST /repos/{owner}/{repo}/statuses/{sha}", params.map(), Status.class);
  }
}
