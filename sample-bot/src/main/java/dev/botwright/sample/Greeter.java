package dev.botwright.sample;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.IssuesEvent;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Greets the author of every newly opened issue, with a longer welcome for newcomers.
 *
 * <p>Greets at most once per issue, even when a delivery runs again (a retry, or a restart after a
 * crash between the comment and the journal's record of it): each greeting carries {@link #MARKER},
 * and a repeated attempt first looks for a greeting with it.
 */
@Singleton
class Greeter {

  /** GitHub's {@code author_association} values for someone new to the repository. */
  private static final Set<String> NEWCOMERS = Set.of("FIRST_TIMER", "FIRST_TIME_CONTRIBUTOR");

  /** Hidden in the rendered comment; marks it as this bot's greeting. */
  static final String MARKER = "<!-- botwright:greeting -->";

  static final String GREETING =
      "Thanks for opening this issue, @%s! We'll take a look soon.\n" + MARKER;

  static final String WELCOME =
      "Welcome, @%s, and thanks for your first issue here! A maintainer will take a look soon."
          + " While you wait, the contributing guide explains how we triage issues.\n"
          + MARKER;

  @OnEvent("issues.opened")
  void greet(IssuesEvent event, EventContext ctx) {
    if (ctx.isBot()) {
      return;
    }
    // A first attempt cannot have greeted yet: only repeats pay for reading the comments.
    if (ctx.attempt() > 1 && alreadyGreeted(ctx)) {
      ctx.log().info("Issue {} already has the greeting; not greeting again", ctx.issue());
      return;
    }
    String author = event.issue().user().login();
    String template = NEWCOMERS.contains(event.issue().authorAssociation()) ? WELCOME : GREETING;
    ctx.github().issues().createComment(ctx.issue(), template.formatted(author));
  }

  /** Whether a bot (this app: only apps post as bots here) already left the greeting. */
  private static boolean alreadyGreeted(EventContext ctx) {
    return ctx.github().issues().listComments(ctx.issue()).anyMatch(Greeter::isGreeting);
  }

  private static boolean isGreeting(JsonNode comment) {
    JsonNode user = comment.get("user");
    JsonNode type = user == null ? null : user.get("type");
    JsonNode body = comment.get("body");
    return type != null
        && "Bot".equals(type.getStringValue())
        && body != null
        && body.isString()
        && body.getStringValue().contains(MARKER);
  }
}
