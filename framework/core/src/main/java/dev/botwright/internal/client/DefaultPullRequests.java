package dev.botwright.internal.client;

import dev.botwright.event.DiffEntry;
import dev.botwright.event.PullRequest;
import dev.botwright.event.PullRequestMergeResult;
import dev.botwright.event.PullRequestReview;
import dev.botwright.event.PullRequestSimple;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.PullRequestRef;
import dev.botwright.github.PullRequests;
import dev.botwright.github.RepoRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** {@link PullRequests} as thin calls of {@link GitHubClient#request}, each answer typed. */
final class DefaultPullRequests implements PullRequests {

  private static final String PULL = "/repos/{owner}/{repo}/pulls/{pull_number}";

  private final GitHubClient github;

  DefaultPullRequests(GitHubClient github) {
    this.github = github;
  }

  @Override
  public PullRequest get(PullRequestRef pull) {
    return call("GET " + PULL, Params.of(pull), PullRequest.class);
  }

  @Override
  public Stream<DiffEntry> listFiles(PullRequestRef pull) {
    return github.paginate("GET " + PULL + "/files", Params.of(pull).map(), DiffEntry.class);
  }

  @Override
  public PullRequestReview createReview(
      PullRequestRef pull, ReviewEvent event, @Nullable String body) {
    return call(
        "POST " + PULL + "/reviews",
        Params.of(pull).put("event", event.name()).put("body", body),
        PullRequestReview.class);
  }

  @Override
  public PullRequestSimple requestReviewers(
      PullRequestRef pull, List<String> reviewers, List<String> teams) {
    return call(
        "POST " + PULL + "/requested_reviewers",
        Params.of(pull).put("reviewers", reviewers).put("team_reviewers", teams),
        PullRequestSimple.class);
  }

  @Override
  public PullRequestMergeResult merge(
      PullRequestRef pull, MergeMethod method, @Nullable String commitTitle) {
    return call(
        "PUT " + PULL + "/merge",
        Params.of(pull)
            .put("merge_method", method.name().toLowerCase(Locale.ROOT))
            .put("commit_title", commitTitle),
        PullRequestMergeResult.class);
  }

  @Override
  public PullRequest create(
      RepoRef repo, String title, String head, String base, @Nullable String body) {
    return call(
        "POST /repos/{owner}/{repo}/pulls",
        Params.of(repo).put("title", title).put("head", head).put("base", base).put("body", body),
        PullRequest.class);
  }

  @Override
  public PullRequest update(PullRequestRef pull, Map<String, ?> fields) {
    return call("PATCH " + PULL, Params.of(pull).putAll(fields), PullRequest.class);
  }

  private <T> T call(String route, Params params, Class<T> type) {
    return github.request(route, params.map(), type);
  }
}
