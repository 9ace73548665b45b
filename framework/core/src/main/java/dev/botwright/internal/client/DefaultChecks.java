package dev.botwright.internal.client;

import dev.botwright.event.CheckRun;
import dev.botwright.event.CheckSuite;
import dev.botwright.event.Status;
import dev.botwright.event.WorkflowRun;
import dev.botwright.github.Checks;
import dev.botwright.github.GitHubApiException;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.PartialCheckRunException;
import dev.botwright.github.RepoRef;
import dev.botwright.internal.client.AnnotationBatches.Batch;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@link Checks} as thin calls of {@link GitHubClient#request}, each answer typed. */
final class DefaultChecks implements Checks {

  private final GitHubClient github;

  DefaultChecks(GitHubClient github) {
    this.github = github;
  }

  @Override
  public CheckRun createCheckRun(RepoRef repo, Map<String, ?> fields) {
    List<Batch> batches = AnnotationBatches.split(fields);
    CheckRun run =
        github.request(
            "POST /repos/{owner}/{repo}/check-runs",
            Params.of(repo).putAll(batches.get(0).fields()).map(),
            CheckRun.class);
    return sendTheRest(repo, run.id(), run, batches);
  }

  @Override
  public CheckRun updateCheckRun(RepoRef repo, long checkRunId, Map<String, ?> fields) {
    List<Batch> batches = AnnotationBatches.split(fields);
    CheckRun run = patch(repo, checkRunId, batches.get(0).fields());
    return sendTheRest(repo, checkRunId, run, batches);
  }

  /** The annotations after the first request's, one update each 50; GitHub appends them. */
  private CheckRun sendTheRest(RepoRef repo, long checkRunId, CheckRun run, List<Batch> batches) {
    int total = batches.stream().mapToInt(Batch::annotations).sum();
    int sent = batches.get(0).annotations();
    for (Batch batch : batches.subList(1, batches.size())) {
      try {
        run = patch(repo, checkRunId, batch.fields());
      } catch (GitHubApiException e) {
        throw new PartialCheckRunException(e, run, sent, total);
      }
      sent += batch.annotations();
    }
    return run;
  }

  private CheckRun patch(RepoRef repo, long checkRunId, Map<String, ?> fields) {
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
      @Nullable String description,
      @Nullable String targetUrl) {
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
