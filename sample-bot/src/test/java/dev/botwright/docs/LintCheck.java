package dev.botwright.docs;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.CheckRun;
import dev.botwright.event.CheckSuiteEvent;
import dev.botwright.github.CheckRunRequest;
import dev.botwright.github.Checks;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** A check run: created in progress, then completed with a conclusion and a report. */
// Off unless docs.snippets=true, so that the sample bot's tests see only the sample's handlers.
@Requires(property = "docs.snippets", value = "true")
@Singleton
class LintCheck {

  @OnEvent("check_suite.requested")
  void requested(CheckSuiteEvent.Requested event, EventContext ctx) {
    lint(event.checkSuite().headSha(), ctx);
  }

  @OnEvent("check_suite.rerequested")
  void rerequested(CheckSuiteEvent.Rerequested event, EventContext ctx) {
    lint(event.checkSuite().headSha(), ctx);
  }

  private static void lint(String sha, EventContext ctx) {
    Checks checks = ctx.github().checks();
    CheckRun run =
        checks.createCheckRun(
            ctx.repo(), CheckRunRequest.create("lint", sha).status("in_progress"));

    int problems = 0; // ... run the linter here ...

    checks.updateCheckRun(
        ctx.repo(),
        run.id(),
        CheckRunRequest.update()
            .completed(problems == 0 ? "success" : "failure")
            .output("Lint", problems + " problem(s) found"));
  }
}
