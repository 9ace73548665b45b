package {{package}};

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.IssuesEvent;
import dev.botwright.event.User;
import jakarta.inject.Singleton;

/** Thanks the author of every new issue. */
@Singleton
class IssueGreeter {

  /** {@code %s} is {@code ", @login"}, or nothing when GitHub names no author. */
  static final String GREETING = "Thanks for opening this issue%s! We'll take a look soon.";

  @OnEvent("issues.opened")
  void greet(IssuesEvent.Opened event, EventContext ctx) {
    if (ctx.isBot()) {
      return; // never answer a bot: that is how two bots end up talking forever
    }
    // GitHub sends no user for an issue whose author's account was deleted.
    User author = event.issue().user();
    String mention = author == null ? "" : ", @" + author.login();
    ctx.github().issues().createComment(ctx.issue(), GREETING.formatted(mention));
  }
}
