package dev.botwright.sample;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.AuthorAssociation;
import dev.botwright.event.IssueComment;
import dev.botwright.event.IssuesEvent;
import dev.botwright.event.User;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.Set;

/**
 * Greets the author of every newly opened issue, with a longer welcome for newcomers. A repository
 * (or its owner's {@code .github} repository, for all of the owner's repositories) may replace the
 * texts in {@code .github/botwright.yml}:
 *
 * <pre>{@code
 * _extends: octo-org/community-settings   # optional: start from another repository's file
 * greeting: "Hi {author}, thanks! A maintainer will triage this within a week."
 * welcome: "Welcome {author}! Please read CONTRIBUTING.md while you wait."
 * }</pre>
 *
 * <p>{@code {author}} becomes a mention of the issue's author ({@code @alice}), or {@code there}
 * when GitHub names none. Without a file the built-in texts are used.
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

  /** The file under {@code .github/} a repository configures the greetings in. */
  static final String CONFIG_FILE = "botwright.yml";

  /** Where the author goes in a configured greeting. */
  static final String AUTHOR = "{author}";

  /**
   * The greetings a repository may configure; a text left out keeps the built-in one.
   *
   * @param greeting for everyone but newcomers
   * @param welcome for someone opening their first issue or contribution here
   */
  @Serdeable
  record Texts(@Nullable String greeting, @Nullable String welcome) {}

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
    User author = event.issue().user();
    boolean newcomer = NEWCOMERS.contains(event.issue().authorAssociation());
    Texts texts = ctx.config(CONFIG_FILE, Texts.class).orElse(new Texts(null, null));
    String configured = newcomer ? texts.welcome() : texts.greeting();
    String body = configured == null ? builtIn(newcomer, author) : configured(configured, author);
    ctx.github().issues().createComment(ctx.issue(), body);
  }

  /** GitHub leaves the author out when the account is gone: greet without a mention then. */
  private static String builtIn(boolean newcomer, @Nullable User author) {
    String mention = author == null ? "" : ", @" + author.login();
    return (newcomer ? WELCOME : GREETING).formatted(mention);
  }

  private static String configured(String text, @Nullable User author) {
    return text.replace(AUTHOR, author == null ? "there" : "@" + author.login()) + "\n" + MARKER;
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
