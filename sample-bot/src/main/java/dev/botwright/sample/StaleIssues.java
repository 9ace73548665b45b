package dev.botwright.sample;

import dev.botwright.Metadata;
import dev.botwright.OnSchedule;
import dev.botwright.RepositoryContext;
import dev.botwright.event.Issue;
import dev.botwright.github.IssueRef;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Every night, asks on each open issue without activity for {@code sample.stale.days} days (30 by
 * default) whether it is still relevant, once per issue: the issue's metadata remembers the
 * reminder. Off unless {@code sample.stale.enabled=true}.
 */
@Singleton
@Requires(property = "sample.stale.enabled", value = "true")
class StaleIssues {

  /** The metadata key that records the reminder, with the time it was left. */
  static final String REMINDED = "stale-reminded-at";

  /** {@code %d} is the number of days. */
  static final String REMINDER =
      "This issue has had no activity for %d days. Is it still relevant? Comment to keep it"
          + " open; a maintainer may close it otherwise.";

  private final int days;

  StaleIssues(@Value("${sample.stale.days:30}") int days) {
    if (days < 1) {
      throw new IllegalArgumentException(
          "sample.stale.days is " + days + ": set it to a number of days of 1 or more");
    }
    this.days = days;
  }

  @OnSchedule(every = "1d")
  void sweep(RepositoryContext ctx) {
    Instant cutoff = Instant.now().minus(Duration.ofDays(days));
    // Least recently updated first, so the sweep stops at the first issue with recent activity.
    ctx.github()
        .paginate(
            "GET /repos/{owner}/{repo}/issues",
            Map.of(
                "owner",
                ctx.repo().owner(),
                "repo",
                ctx.repo().repo(),
                "state",
                "open",
                "sort",
                "updated",
                "direction",
                "asc",
                "per_page",
                100),
            Issue.class)
        .takeWhile(issue -> issue.updatedAt().isBefore(cutoff))
        .filter(issue -> issue.pullRequest() == null) // the issues list has pull requests too
        .forEach(issue -> remind(ctx, new IssueRef(ctx.repo(), issue.number())));
  }

  private void remind(RepositoryContext ctx, IssueRef issue) {
    Metadata metadata = ctx.metadata(issue);
    if (metadata.get(REMINDED, String.class).isPresent()) {
      return;
    }
    ctx.github().issues().createComment(issue, REMINDER.formatted(days));
    metadata.set(REMINDED, Instant.now().toString());
    ctx.log().info("Reminded {} of its {} days without activity", issue, days);
  }
}
