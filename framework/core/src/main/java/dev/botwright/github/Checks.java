package dev.botwright.github;

import dev.botwright.event.CheckRun;
import dev.botwright.event.CheckSuite;
import dev.botwright.event.Status;
import dev.botwright.event.WorkflowRun;
import io.micronaut.core.annotation.Nullable;
import java.util.Map;

/**
 * Check runs, check suites, commit statuses and workflow runs. Obtain it from {@link
 * GitHubClient#checks()}.
 *
 * <p><b>Annotations beyond GitHub's 50 per request.</b> {@link #createCheckRun} and {@link
 * #updateCheckRun} send any number of {@code output.annotations}: the first request carries every
 * field and the first 50, then one {@code PATCH} per further 50 carries the output's {@code title},
 * {@code summary} and {@code text} (GitHub requires them with annotations) and those annotations,
 * which GitHub appends. The answer is the run as GitHub answered the last request. When one of
 * those updates fails, the run exists with the annotations sent before: the call throws {@link
 * PartialCheckRunException}, which has the run and how many annotations it got. When the first
 * request fails, nothing was created or changed and the call throws {@link GitHubApiException}.
 */
public interface Checks {

  /** A commit status's state. */
  enum CommitState {
    /** Still running. */
    PENDING,
    /** Passed. */
    SUCCESS,
    /** Failed. */
    FAILURE,
    /** Could not run. */
    ERROR
  }

  /**
   * Creates a check run, e.g. {@code checks.createCheckRun(repo, CheckRunRequest.create("lint",
   * sha).status(Status.IN_PROGRESS))}; with more than 50 annotations, then updates it as the
   * interface describes.
   *
   * <p>{@code POST /repos/{owner}/{repo}/check-runs}
   *
   * @throws PartialCheckRunException when the run was created but not all annotations were sent
   */
  default CheckRun createCheckRun(RepoRef repo, CheckRunRequest request) {
    return createCheckRun(repo, request.toParameters());
  }

  /**
   * Creates a check run from GitHub's fields ({@code name}, {@code head_sha}, {@code status},
   * {@code conclusion}, {@code output}, ...); more than 50 annotations are sent as for a {@link
   * CheckRunRequest}.
   *
   * <p>{@code POST /repos/{owner}/{repo}/check-runs}
   */
  CheckRun createCheckRun(RepoRef repo, Map<String, ?> fields);

  /**
   * Updates a check run, e.g. to complete it with a conclusion and output; annotations are added to
   * the run's (more than 50 in several requests, as the interface describes).
   *
   * <p>{@code PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}}
   *
   * @throws PartialCheckRunException when some of the annotations were not sent
   */
  default CheckRun updateCheckRun(RepoRef repo, long checkRunId, CheckRunRequest request) {
    return updateCheckRun(repo, checkRunId, request.toParameters());
  }

  /**
   * Updates a check run from GitHub's fields.
   *
   * <p>{@code PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}}
   */
  CheckRun updateCheckRun(RepoRef repo, long checkRunId, Map<String, ?> fields);

  /**
   * Reads a check suite, e.g. to see its conclusion when its runs have finished.
   *
   * <p>{@code GET /repos/{owner}/{repo}/check-suites/{check_suite_id}}
   */
  CheckSuite getCheckSuite(RepoRef repo, long checkSuiteId);

  /**
   * Reads a GitHub Actions workflow run, e.g. the one a {@code workflow_job} event belongs to.
   *
   * <p>{@code GET /repos/{owner}/{repo}/actions/runs/{run_id}}
   */
  WorkflowRun getWorkflowRun(RepoRef repo, long runId);

  /**
   * Sets a commit status (the older, simpler kind of check).
   *
   * <p>{@code POST /repos/{owner}/{repo}/statuses/{sha}}
   *
   * @param context the status's name, e.g. {@code "ci/lint"}
   */
  Status createCommitStatus(
      RepoRef repo,
      String sha,
      CommitState state,
      String context,
      @Nullable String description,
      @Nullable String targetUrl);
}
