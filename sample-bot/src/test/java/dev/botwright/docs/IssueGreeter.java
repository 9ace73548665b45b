package dev.botwright.docs;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.IssuesEvent;
import dev.botwright.event.User;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** The first handler of the getting-started guide. */
// Off unless docs.snippets=true: the sample bot's GreeterTest counts the comments on issues.opened.
@Requires(property = "docs.snippets", value = "true")
@Singleton
class IssueGreeter {

  @OnEvent("issues.opened")
  void greet(IssuesEvent.Opened event, EventContext ctx) {
    if (ctx.isBot()) {
      return; // never answer a bot: that is how two bots end up talking forever
    }
    User author = event.issue().user(); // null when the account no longer exists
    String mention = author == null ? "" : ", @" + author.login();
    ctx.github().issues().createComment(ctx.issue(), "Thanks for opening this" + mention + "!");
  }
}
