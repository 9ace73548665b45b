package dev.botwright.docs;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.Sequential;
import dev.botwright.Sequential.Scope;
import dev.botwright.event.IssueCommentEvent;
import dev.botwright.event.PushEvent;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Handlers whose deliveries must not overtake each other. */
// Off unless docs.snippets=true, so that the sample bot's tests see only the sample's handlers.
@Requires(property = "docs.snippets", value = "true")
@Singleton
class CommandQueue {

  // "/label bug" then "/unlabel bug" on one issue: applied in the order they were written.
  @OnEvent("issue_comment.created")
  @Sequential(Scope.ISSUE)
  void command(IssueCommentEvent event, EventContext ctx) {
    ctx.log().info("command on {}", ctx.issue());
  }

  // Pushes to one repository update its status file one after the other.
  @OnEvent("push")
  @Sequential
  void recordPush(PushEvent event, EventContext ctx) {
    ctx.log().info("push to {}", ctx.repo());
  }
}
