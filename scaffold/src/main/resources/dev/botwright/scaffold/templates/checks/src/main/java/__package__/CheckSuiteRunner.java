package {{package}};

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.CheckSuiteEvent;
import dev.botwright.github.CheckRunRequest;
import dev.botwright.github.CheckRunRequest.Conclusion;
import jakarta.inject.Singleton;

/**
 * Reports a check run on the head commit of every check suite GitHub asks for, and again when
 * someone clicks "Re-run". Replace the conclusion with the result of a real check.
 */
@Singleton
class CheckSuiteRunner {

  static final String CHECK_NAME = "{{name}}";

  @OnEvent("check_suite.requested")
  void requested(CheckSuiteEvent.Requested event, EventContext ctx) {
    run(event.checkSuite().headSha(), ctx);
  }

  @OnEvent("check_suite.rerequested")
  void rerequested(CheckSuiteEvent.Rerequested event, EventContext ctx) {
    run(event.checkSuite().headSha(), ctx);
  }

  private static void run(String sha, EventContext ctx) {
    CheckRunRequest checkRun =
        CheckRunRequest.create(CHECK_NAME, sha)
            .completed(Conclusion.SUCCESS)
            .output("All checks passed", CHECK_NAME + " checked commit " + sha + ".");
    ctx.github().checks().createCheckRun(ctx.repo(), checkRun);
  }
}
