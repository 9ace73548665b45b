package {{package}};

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.event.IssueCommentEvent;
import jakarta.inject.Singleton;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Answers {@value #COMMAND} in a comment on an issue or pull request, for people who may write to
 * the repository; anyone else is ignored, so that strangers cannot make the bot act.
 */
@Singleton
class SlashCommands {

  static final String COMMAND = "/hello";

  /** GitHub's permission levels that allow writing (maintain is reported as write). */
  private static final Set<String> WRITERS = Set.of("admin", "maintain", "write");

  @OnEvent("issue_comment.created")
  void onComment(IssueCommentEvent.Created event, EventContext ctx) {
    if (ctx.isBot() || !isCommand(event.comment().body())) {
      return;
    }
    String login = event.sender().login(); // who wrote the comment
    String permission =
        ctx.github().repos().getCollaboratorPermission(ctx.repo(), login).permission();
    if (!WRITERS.contains(permission)) {
      ctx.log().info("Ignoring {} from @{}, whose permission is {}", COMMAND, login, permission);
      return;
    }
    ctx.github().issues().createComment(ctx.issue(), "Hello, @" + login + "!");
  }

  /** Whether the comment's first line is the command, alone or followed by arguments. */
  static boolean isCommand(@Nullable String body) {
    String firstLine = body == null ? "" : body.strip().lines().findFirst().orElse("").strip();
    return firstLine.equals(COMMAND) || firstLine.startsWith(COMMAND + " ");
  }
}
