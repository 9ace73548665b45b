package dev.botwright.docs;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.IssueComment;
import dev.botwright.event.IssuesEvent;
import dev.botwright.event.User;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** The handlers guide's idempotent effect: a marked comment, looked for on a repeated attempt. */
// Off unless docs.snippets=true: the sample bot's GreeterTest counts the comments on issues.opened.
@Requires(property = "docs.snippets", value = "true")
@Singleton
class OnceOnlyGreeting {

  static final String MARKER = "<!-- my-bot:greeting -->";

  @OnEvent("issues.opened")
  void greet(IssuesEvent.Opened event, EventContext ctx) {
    if (ctx.attempt() > 1 && alreadyGreeted(ctx)) {
      return; // an earlier attempt got as far as the comment
    }
    User author = event.issue().user();
    String mention = author == null ? "" : ", @" + author.login();
    ctx.github().issues().createComment(ctx.issue(), "Welcome" + mention + "!\n" + MARKER);
  }

  private static boolean alreadyGreeted(EventContext ctx) {
    return ctx.github()
        .issues()
        .listComments(ctx.issue()) // every page, fetched as the stream is read
        .anyMatch(OnceOnlyGreeting::isGreeting);
  }

  private static boolean isGreeting(IssueComment comment) {
    User user = comment.user();
    String body = comment.body();
    return user != null && user.isBot() && body != null && body.contains(MARKER);
  }
}
