package dev.botwright.docs;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.CheckRun;
import dev.botwright.event.CheckRunEvent;
import dev.botwright.event.CheckSuiteEvent;
import dev.botwright.event.RequestedAction;
import dev.botwright.github.CheckAction;
import dev.botwright.github.CheckAnnotation;
import dev.botwright.github.CheckRunRequest;
import dev.botwright.github.CheckRunRequest.Conclusion;
import dev.botwright.github.CheckRunRequest.Status;
import dev.botwright.github.Checks;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * A linter as a check run: created in progress, completed with one annotation per problem and a
 * "Fix" button, run again when someone asks for it.
 */
// Off unless docs.snippets=true, so that the sample bot's tests see only the sample's handlers.
@Requires(property = "docs.snippets", value = "true")
@Singleton
class LintCheck {

  static final String NAME = "lint";
  static final CheckAction FIX = new CheckAction("Fix", "Push a commit with the fixes", "fix");

  private final Linter linter;

  LintCheck(Linter linter) {
    this.linter = linter;
  }

  @OnEvent("check_suite.requested") // a push: GitHub asks the app for its checks
  void requested(CheckSuiteEvent.Requested event, EventContext ctx) {
    lint(event.checkSuite().headSha(), ctx);
  }

  @OnEvent("check_suite.rerequested") // "Re-run all checks"
  void suiteRerequested(CheckSuiteEvent.Rerequested event, EventContext ctx) {
    lint(event.checkSuite().headSha(), ctx);
  }

  @OnEvent("check_run.rerequested") // "Re-run" on one of this app's runs
  void runRerequested(CheckRunEvent.Rerequested event, EventContext ctx) {
    if (event.checkRun().name().equals(NAME)) {
      lint(event.checkRun().headSha(), ctx); // a new run: a finished one cannot restart
    }
  }

  @OnEvent("check_run.requested_action") // a click on one of the run's buttons
  void requestedAction(CheckRunEvent.RequestedAction event, EventContext ctx) {
    RequestedAction action = event.requestedAction();
    if (action != null && FIX.identifier().equals(action.identifier())) {
      linter.fix(ctx.repo(), event.checkRun().headSha());
    }
  }

  private void lint(String sha, EventContext ctx) {
    Checks checks = ctx.github().checks();
    CheckRun run =
        checks.createCheckRun(
            ctx.repo(), CheckRunRequest.create(NAME, sha).status(Status.IN_PROGRESS));

    List<CheckAnnotation> problems = linter.lint(ctx.repo(), sha);

    CheckRunRequest report =
        CheckRunRequest.update()
            .completed(problems.isEmpty() ? Conclusion.SUCCESS : Conclusion.FAILURE)
            .output("Lint", problems.size() + " problem(s) found")
            .annotations(problems); // any number: sent 50 per request
    if (!problems.isEmpty()) {
      report = report.actions(FIX);
    }
    checks.updateCheckRun(ctx.repo(), run.id(), report);
  }
}
