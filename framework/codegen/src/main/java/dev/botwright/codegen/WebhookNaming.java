package dev.botwright.codegen;

import java.util.Map;

/**
 * The names Botwright gives GitHub's webhook schemas where the mechanical rules give a poor one.
 */
final class WebhookNaming {

  /** GitHub's titles of one thing, to the record that holds it. */
  private static final Map<String, String> TITLES =
      Map.ofEntries(
          Map.entry("Simple User", "User"),
          Map.entry("Team Simple", "Team"),
          Map.entry("GitHub app", "App"),
          Map.entry("License Simple", "License"),
          Map.entry("Reaction Rollup", "Reactions"),
          Map.entry("Committer", "CommitAuthor"),
          Map.entry("Organization Simple", "Organization"),
          Map.entry("Simple Installation", "Installation"),
          Map.entry("Pull Request Minimal", "MinimalPullRequest"),
          Map.entry("Check Run Pull Request", "MinimalPullRequest"));

  /** Untitled shared components, to a name that says what they hold. */
  private static final Map<String, String> COMPONENTS =
      Map.ofEntries(
          Map.entry("webhooks_changes", "CommentChanges"),
          Map.entry("webhooks_changes_8", "SponsorshipChanges"),
          Map.entry("webhooks_comment", "DiscussionComment"),
          Map.entry("webhooks_answer", "DiscussionComment"),
          Map.entry("webhooks_project_changes", "ProjectsV2ItemChanges"),
          Map.entry("webhooks_repositories", "InstallationRepository"),
          Map.entry("webhooks_repositories_added", "InstallationRepository"),
          Map.entry("webhooks_reviewers", "DeploymentReviewer"));

  /** JSON names that are not Java names. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("+1", "plusOne"), Map.entry("-1", "minusOne"), Map.entry("_links", "links"));

  /** Records named after their place, where that name is a poor one. */
  private static final Map<String, String> RENAMES =
      Map.ofEntries(
          Map.entry("PullRequestBase", "PullRequestBranch"),
          Map.entry("PullRequestHead", "PullRequestBranch"),
          Map.entry("CheckRunEvent.RequestedAction.RequestedActionDetails", "RequestedAction"),
          Map.entry("MinimalPullRequestBase", "MinimalPullRequestBranch"),
          Map.entry("MinimalPullRequestHead", "MinimalPullRequestBranch"),
          Map.entry("MinimalPullRequestBaseRepo", "RepoRef"),
          Map.entry("MinimalPullRequestHeadRepo", "RepoRef"),
          Map.entry("WorkflowRunPullRequest", "MinimalPullRequest"),
          Map.entry("PullRequestRequestedReviewer", "RequestedReviewer"),
          Map.entry("SimplePullRequestRequestedReviewer", "RequestedReviewer"),
          Map.entry("PullRequestRequestedReviewerParent", "Team"),
          Map.entry("SimplePullRequestRequestedReviewerParent", "Team"),
          Map.entry("RequestedReviewerParent", "Team"),
          Map.entry("SimplePullRequestBase", "PullRequestBranch"),
          Map.entry("SimplePullRequestHead", "PullRequestBranch"),
          Map.entry("SimplePullRequestLinks", "PullRequestLinks"),
          Map.entry("AppsListReposAccessibleToInstallationAnswer", "InstallationRepositories"),
          // Removed repositories: GitHub's schema promises less of them than of added ones.
          Map.entry(
              "InstallationRepositoriesEvent.Added.RepositoriesRemovedItem", "RemovedRepository"),
          Map.entry(
              "InstallationRepositoriesEvent.Removed.RepositoriesRemovedItem",
              "RemovedRepository"));

  /** The payloads' "Commit" is a pushed commit; the REST description's (a sha, stats) is not. */
  private static final Map<String, String> WEBHOOK_TITLES = with(TITLES, "Commit", "PushCommit");

  /** The names of the REST answers' schemas: the same titles as the payloads' mean the same. */
  static final Naming REST = new Naming(TITLES, Map.of(), FIELDS, RENAMES);

  static final Naming NAMING =
      new Naming(WEBHOOK_TITLES, COMPONENTS, FIELDS, RENAMES)
          // Titled "User" or "Issue" by GitHub, but other things with fewer guarantees: a git
          // identity, a user-or-team reviewer, an issue's state before a transfer.
          .place("status.commit.author", "")
          .place("status.commit.committer", "")
          .place("deployment_review.*.reviewers.reviewer", "")
          .place("issues.*.changes.old_issue", "");

  private WebhookNaming() {}

  private static Map<String, String> with(Map<String, String> map, String key, String value) {
    Map<String, String> copy = new java.util.HashMap<>(map);
    copy.put(key, value);
    return Map.copyOf(copy);
  }
}
