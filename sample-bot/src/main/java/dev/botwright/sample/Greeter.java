package dev.botwright.sample;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.AuthorAssociation;
import dev.botwright.event.IssueComment;
import dev.botwright.event.IssuesEvent;
import dev.botwright.event.User;
import jakarta.inject.Singleton;
import java.util.EnumSet;
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
  private static final Set<AuthorAssociation> NEWCOMERS =
      EnumSet.of(AuthorAssociation.FIRST_TIMER, AuthorAssociation.FIRST_TIME_CONTRIBUTOR);

  /** Hidden in the rendered comment; marks it as this bot's greeting. */
  static final String MARKER = "<!-- botwright:greeting -->";

  /** {@code %s} is {@code ", @login"}, or nothing when GitHub names no author. */
  static final String GREETING =
      "Thanks for opening this issue%s! We'll take a look soon.\n" + MARKER;

  static final String WELCOME =
      "Welcome%s, and thanks for your first issue here! A maintainer will take a look soon."
          + " While you wait, the contributing guide explains how we triage issues.\n"
          + MARKER;

  @OnEvent("issues.opened")
  void greet(IssuesEvent.Opened event, EventContext ctx) {
    if (ctx.isBot()) {
      return;
    }
    // A first attempt cannot have greeted yet: only repeats pay for reading the comments.
    if (ctx.attempt() > 1 && alreadyGreeted(ctx)) {
      ctx.log().info("Issue {} already has the greeting; not greeting again", ctx.issue());
      return;
    }
    // GitHub leaves the author out when the account is gone: greet without a mention then.
    User author = event.issue().user();
    String mention = author == null ? "" : ", @" + author.login();
    String template = NEWCOMERS.contains(event.issue().authorAssociation()) ? WELCOME : GREETING;
    ctx.github().issues().createComment(ctx.issue(), template.formatted(mention));
  }

  /** Whether a bot (this app: only apps post as bots here) already left the greeting. */
  private static boolean alreadyGreeted(EventContext ctx) {
    return ctx.github().issues().listComments(ctx.issue()).anyMatch(Greeter::isGreeting);
  }

  private static boolean isGreeting(IssueComment comment) {
    User user = comment.user();
    String body = comment.body();
    return user != null && user.isBot() && body != null && body.contains(MARKER);
  }
}
