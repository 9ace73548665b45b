package dev.botwright.docs;

import dev.botwright.event.Issue;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.GitHubClients;
import dev.botwright.github.IssueRef;
import dev.botwright.github.RepoRef;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Code that runs on a timer of its own, outside any webhook, with clients from GitHubClients. (An
 * {@code @OnSchedule} method adds a lease, jitter and bounded concurrency: see docs/schedules.md.)
 */
// Never on in tests (its own property): a scheduled job must not fire during the test suite.
@Requires(property = "docs.snippets.scheduled", value = "true")
@Singleton
class StaleIssueSweeper {

  private final GitHubClients clients;

  StaleIssueSweeper(GitHubClients clients) {
    this.clients = clients;
  }

  @Scheduled(cron = "0 0 3 * * *") // every night at 03:00
  void sweep() {
    // Each repository of each installation not suspended, with that installation's client
    clients
        .eachRepository()
        .forEach(repository -> labelStale(repository.github(), repository.repo()));
  }

  private void labelStale(GitHubClient github, RepoRef repo) {
    github
        .paginate(
            "GET /repos/{owner}/{repo}/issues",
            Map.of(
                "owner", repo.owner(), "repo", repo.repo(), "sort", "updated", "direction", "asc"),
            Issue.class)
        .limit(10)
        .forEach(issue -> github.issues().addLabels(new IssueRef(repo, issue.number()), "stale"));
  }
}
