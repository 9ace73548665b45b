package dev.botwright.internal.metrics;

import io.micronaut.core.annotation.Internal;
import java.util.Set;

/**
 * The route templates that get their own {@code route} label: those of the typed helpers, whose
 * answers are generated from GitHub's REST description (codegen's {@code rest-answers.txt}), and
 * those the engine calls itself (tokens, installations, the reconciler, sign-in, GraphQL). {@code
 * GitHubRoutesTest} fails when either list names a route missing here.
 */
@Internal
public final class GitHubRoutes {

  private static final Set<String> KNOWN =
      Set.of(
          "/app",
          "/app/hook/deliveries",
          "/app/hook/deliveries/{delivery_id}/attempts",
          "/app/installation-requests",
          "/app/installations",
          "/app/installations/{installation_id}/access_tokens",
          "/applications/{client_id}/grant",
          "/applications/{client_id}/token",
          "/applications/{client_id}/token/scoped",
          "/graphql",
          "/installation/repositories",
          "/repos/{owner}/{repo}",
          "/repos/{owner}/{repo}/actions/runs/{run_id}",
          "/repos/{owner}/{repo}/branches/{branch}",
          "/repos/{owner}/{repo}/check-runs",
          "/repos/{owner}/{repo}/check-runs/{check_run_id}",
          "/repos/{owner}/{repo}/check-suites/{check_suite_id}",
          "/repos/{owner}/{repo}/collaborators/{username}/permission",
          "/repos/{owner}/{repo}/commits/{ref}",
          "/repos/{owner}/{repo}/contents/{+path}",
          "/repos/{owner}/{repo}/contents/{path}",
          "/repos/{owner}/{repo}/git/refs",
          "/repos/{owner}/{repo}/issues",
          "/repos/{owner}/{repo}/issues/comments/{comment_id}",
          "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
          "/repos/{owner}/{repo}/issues/{issue_number}",
          "/repos/{owner}/{repo}/issues/{issue_number}/assignees",
          "/repos/{owner}/{repo}/issues/{issue_number}/comments",
          "/repos/{owner}/{repo}/issues/{issue_number}/labels",
          "/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",
          "/repos/{owner}/{repo}/issues/{issue_number}/reactions",
          "/repos/{owner}/{repo}/labels",
          "/repos/{owner}/{repo}/pulls",
          "/repos/{owner}/{repo}/pulls/{pull_number}",
          "/repos/{owner}/{repo}/pulls/{pull_number}/files",
          "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
          "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
          "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
          "/repos/{owner}/{repo}/releases/latest",
          "/repos/{owner}/{repo}/statuses/{sha}",
          "/user",
          "/user/emails",
          "/user/installations",
          "/user/installations/{installation_id}/repositories");

  private GitHubRoutes() {}

  /** Whether {@code template} is one of the known route templates (else: a concrete path). */
  public static boolean isKnown(String template) {
    return KNOWN.contains(template);
  }
}
