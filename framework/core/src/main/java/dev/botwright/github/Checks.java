package dev.botwright.github;

import dev.botwright.RepoRef;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import java.util.Map;

/** Check runs and commit statuses. Obtain it from {@link GitHubClient#checks()}. */
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
   * sha).status("in_progress"))}.
   *
   * <p>{@code POST /repos/{owner}/{repo}/check-runs}
   */
  default JsonNode createCheckRun(RepoRef repo, CheckRunRequest request) {
    return createCheckRun(repo, request.toParameters());
  }

  /**
   * Creates a check run from GitHub's fields ({@code name}, {@code head_sha}, {@code status},
   * {@code conclusion}, {@code output}, ...).
   *
   * <p>{@code POST /repos/{owner}/{repo}/check-runs}
   */
  JsonNode createCheckRun(RepoRef repo, Map<String, ?> fields);

  /**
   * Updates a check run, e.g. to complete it with a conclusion and output.
   *
   * <p>{@code PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}}
   */
  default JsonNode updateCheckRun(RepoRef repo, long checkRunId, CheckRunRequest request) {
    return updateCheckRun(repo, checkRunId, request.toParameters());
  }

  /**
   * Updates a check run from GitHub's fields.
   *
   * <p>{@code PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}}
   */
  JsonNode updateCheckRun(RepoRef repo, long checkRunId, Map<String, ?> fields);

  /**
   * Sets a commit status (the older, simpler kind of check).
   *
   * <p>{@code POST /repos/{owner}/{repo}/statuses/{sha}}
   *
   * @param context the status's name, e.g. {@code "ci/lint"}
   */
  JsonNode createCommitStatus(
      RepoRef repo,
      String sha,
      CommitState state,
      String context,
      @Nullable String description,
      @Nullable String targetUrl);
}
