package dev.botwright.sample;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.PullRequest;
import dev.botwright.event.PullRequestEvent;
import dev.botwright.github.CheckRunRequest;
import dev.botwright.github.CheckRunRequest.Conclusion;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reports, as a check run on the head commit, whether a pull request's title and body meet the
 * rules.
 */
@Singleton
class PullRequestChecker {

  static final String CHECK_NAME = "Pull request rules";

  @OnEvent("pull_request.opened")
  void opened(PullRequestEvent.Opened event, EventContext ctx) {
    check(event.pullRequest(), ctx);
  }

  @OnEvent("pull_request.synchronize")
  void synchronize(PullRequestEvent.Synchronize event, EventContext ctx) {
    check(event.pullRequest(), ctx);
  }

  private static void check(PullRequest pullRequest, EventContext ctx) {
    List<String> broken = PullRequestRules.broken(pullRequest.title(), pullRequest.body());
    CheckRunRequest checkRun =
        CheckRunRequest.create(CHECK_NAME, pullRequest.head().sha())
            .completed(broken.isEmpty() ? Conclusion.SUCCESS : Conclusion.FAILURE)
            .output(
                broken.isEmpty()
                    ? "Title and description look good"
                    : broken.size() + " rule(s) not met",
                broken.isEmpty()
                    ? "The title and the description meet the rules."
                    : broken.stream().map(rule -> "- " + rule).collect(Collectors.joining("\n")));
    ctx.github().checks().createCheckRun(ctx.repo(), checkRun);
  }
}
