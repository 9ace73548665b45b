package {{package}};

import dev.botwright.Command;
import dev.botwright.EventContext;
import dev.botwright.event.IssueCommentEvent;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Slash commands in comments on issues and pull requests. Botwright finds the command lines
 * (outside code blocks and quotes), ignores bots, checks the commenter's permission (write access
 * unless a command says otherwise; others get a polite refusal), reacts to the comment, and
 * answers {@code /help} with the commands the commenter may run.
 */
@Singleton
class SlashCommands {

  /** {@code /hello}: greets whoever asked. */
  @Command(value = "hello", description = "Says hello")
  void hello(IssueCommentEvent.Created event, EventContext ctx) {
    String login = event.sender().login(); // who wrote the comment
    ctx.github().issues().createComment(ctx.issue(), "Hello, @" + login + "!");
  }

  /** {@code /label bug "help wanted"}: adds labels; quotes keep a name with spaces whole. */
  @Command(value = "label", description = "Adds labels to this issue or pull request")
  void label(List<String> labels, EventContext ctx) {
    if (!labels.isEmpty()) {
      ctx.github().issues().addLabels(ctx.issue(), labels.toArray(String[]::new));
    }
  }
}
