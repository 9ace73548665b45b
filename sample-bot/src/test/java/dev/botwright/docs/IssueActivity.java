package dev.botwright.docs;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.Issue;
import dev.botwright.event.IssuesEvent;
import dev.botwright.event.Label;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** The payload model: the event's sealed interface for several actions, a record for each. */
// Off unless docs.snippets=true, so that the sample bot's tests see only the sample's handlers.
@Requires(property = "docs.snippets", value = "true")
@Singleton
class IssueActivity {

  @OnEvent({"issues.labeled", "issues.closed", "issues.reopened"})
  void track(IssuesEvent event, EventContext ctx) {
    long number = event.issue().number(); // every issues action has the issue
    if (event instanceof IssuesEvent.Labeled labeled) {
      Label label = labeled.label(); // only this action has a label, and GitHub may leave it out
      ctx.log().info("#{} labeled {}", number, label == null ? "(unknown)" : label.name());
    } else if (event instanceof IssuesEvent.Closed closed) {
      Issue.StateReason reason = closed.issue().stateReason(); // null, or UNRECOGNIZED if new
      ctx.log().info("#{} closed as {}", number, reason == null ? "(not given)" : reason);
    } else {
      ctx.log().info("#{} {}", number, event.action());
    }
  }
}
