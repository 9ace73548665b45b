package dev.botwright.docs;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.IssueCommentEvent;
import dev.botwright.github.PullRequestRef;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** What the {@code EventContext} offers. */
// Off unless docs.snippets=true, so that the sample bot's tests see only the sample's handlers.
@Requires(property = "docs.snippets", value = "true")
@Singleton
class CommentRouter {

  @OnEvent("issue_comment.created")
  void route(IssueCommentEvent.Created event, EventContext ctx) {
    if (ctx.isBot()) {
      return;
    }
    if (event.issue().isPullRequest()) {
      PullRequestRef pull = ctx.pullRequest(); // an issue comment on a pull request
      ctx.log().info("Comment on pull request {}", pull);
    } else {
      ctx.log().info("Comment on issue {}", ctx.issue());
    }
  }
}
