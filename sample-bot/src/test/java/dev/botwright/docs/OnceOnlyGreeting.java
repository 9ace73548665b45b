package dev.botwright.docs;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.IssuesEvent;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** The handlers guide's idempotent effect: a marked comment, looked for on a repeated attempt. */
// Off unless docs.snippets=true: the sample bot's GreeterTest counts the comments on issues.opened.
@Requires(property = "docs.snippets", value = "true")
@Singleton
class OnceOnlyGreeting {

  static final String MARKER = "<!-- my-bot:greeting -->";

  @OnEvent("issues.opened")
  void greet(IssuesEvent event, EventContext ctx) {
    if (ctx.attempt() > 1 && alreadyGreeted(ctx)) {
      return; // an earlier attempt got as far as the comment
    }
    String author = event.issue().user().login();
    ctx.github().issues().createComment(ctx.issue(), "Welcome, @" + author + "!\n" + MARKER);
  }

  private static boolean alreadyGreeted(EventContext ctx) {
    return ctx.github()
        .issues()
        .listComments(ctx.issue()) // every page, fetched as the stream is read
        .anyMatch(
            c ->
                "Bot".equals(c.get("user").get("type").getStringValue())
                    && c.get("body").getStringValue().contains(MARKER));
  }
}
