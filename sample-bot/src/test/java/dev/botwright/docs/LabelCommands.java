package dev.botwright.docs;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.IssueCommentEvent;
import dev.botwright.github.GitHubClient;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Parameters bound by type: a typed payload, the context, the client and a bean of your own. */
// Off unless docs.snippets=true, so that the sample bot's tests see only the sample's handlers.
@Requires(property = "docs.snippets", value = "true")
@Singleton
class LabelCommands {

  private static final String COMMAND = "/add-label ";

  @OnEvent("issue_comment.created")
  void label(
      IssueCommentEvent.Created event, EventContext ctx, GitHubClient github, LabelPolicy policy) {
    String body = event.comment().body();
    if (ctx.isBot() || body == null || !body.startsWith(COMMAND)) {
      return;
    }
    String label = body.substring(COMMAND.length()).strip();
    if (policy.allows(label)) {
      github.issues().addLabels(ctx.issue(), label);
    } else {
      github.issues().addCommentReaction(ctx.repo(), event.comment().id(), "confused");
    }
  }
}
