package dev.botwright.sample;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.IssuesEvent;
import jakarta.inject.Singleton;
import java.util.Set;

/** Greets the author of every newly opened issue, with a longer welcome for newcomers. */
@Singleton
class Greeter {

  /** GitHub's {@code author_association} values for someone new to the repository. */
  private static final Set<String> NEWCOMERS = Set.of("FIRST_TIMER", "FIRST_TIME_CONTRIBUTOR");

  static final String GREETING = "Thanks for opening this issue, @%s! We'll take a look soon.";

  static final String WELCOME =
      "Welcome, @%s, and thanks for your first issue here! A maintainer will take a look soon."
          + " While you wait, the contributing guide explains how we triage issues.";

  @OnEvent("issues.opened")
  void greet(IssuesEvent event, EventContext ctx) {
    if (ctx.isBot()) {
      return;
    }
    String author = event.issue().user().login();
    String template = NEWCOMERS.contains(event.issue().authorAssociation()) ? WELCOME : GREETING;
    ctx.github().issues().createComment(ctx.issue(), template.formatted(author));
  }
}
