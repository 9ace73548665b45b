package {{package}};

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.IssuesEvent;
import jakarta.inject.Singleton;

/** Thanks the author of every new issue. */
@Singleton
class IssueGreeter {

  static final String GREETING = "Thanks for opening this issue, @%s! We'll take a look soon.";

  @OnEvent("issues.opened")
  void greet(IssuesEvent event, EventContext ctx) {
    if (ctx.isBot()) {
      return; // never answer a bot: that is how two bots end up talking forever
    }
    String author = event.issue().user().login();
    ctx.github().issues().createComment(ctx.issue(), GREETING.formatted(author));
  }
}
