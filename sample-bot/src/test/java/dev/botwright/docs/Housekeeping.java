package dev.botwright.docs;

import dev.botwright.InstallationContext;
import dev.botwright.OnSchedule;
import dev.botwright.RepositoryContext;
import dev.botwright.event.Issue;
import dev.botwright.github.IssueRef;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Map;

/** The schedules guide's examples: one per repository, one per installation. */
// Off unless docs.snippets.schedules=true, so other tests' runs list no extra schedules.
@Requires(property = "docs.snippets.schedules", value = "true")
@Singleton
class Housekeeping {

  @OnSchedule(every = "1d")
  void labelUntriaged(RepositoryContext ctx) {
    ctx.github()
        .paginate(
            "GET /repos/{owner}/{repo}/issues",
            Map.of("owner", ctx.repo().owner(), "repo", ctx.repo().repo(), "state", "open"),
            Issue.class)
        .filter(issue -> issue.pullRequest() == null && issue.labels().isEmpty())
        .forEach(
            issue ->
                ctx.github()
                    .issues()
                    .addLabels(new IssueRef(ctx.repo(), issue.number()), "needs-triage"));
  }

  @OnSchedule(every = "6h")
  void heartbeat(InstallationContext ctx) {
    ctx.log().info("Still installed on {}", ctx.account());
  }
}
