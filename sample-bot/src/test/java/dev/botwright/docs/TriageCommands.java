package dev.botwright.docs;

import dev.botwright.Command;
import dev.botwright.EventContext;
import dev.botwright.Permission;
import dev.botwright.event.IssueCommentEvent;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Introspected;
import jakarta.inject.Singleton;
import java.util.List;

/** Slash commands: arguments as a list or a record, permissions, edits. */
// Off unless docs.snippets=true, so that the sample bot's tests see only the sample's handlers.
@Requires(property = "docs.snippets", value = "true")
@Singleton
class TriageCommands {

  // "/assign alice" or "/assign alice on-call this week": USER, then the rest as NOTE.
  @Introspected
  record Assignment(String user, List<String> note) {}

  @Command(
      value = "assign",
      description = "Assigns someone to this issue",
      permission = Permission.TRIAGE)
  void assign(Assignment assignment, EventContext ctx) {
    ctx.github().issues().addAssignees(ctx.issue(), assignment.user());
  }

  // Every argument, as typed: "/unlabel bug "help wanted"" gives [bug, help wanted].
  @Command(value = "unlabel", description = "Removes labels from this issue", onEdit = true)
  void unlabel(List<String> labels, EventContext ctx) {
    labels.forEach(label -> ctx.github().issues().removeLabel(ctx.issue(), label));
  }

  // Anyone may ask; the typed payload tells who did.
  @Command(
      value = "ping",
      description = "Checks that the bot is listening",
      permission = Permission.ANYONE)
  void ping(IssueCommentEvent event, EventContext ctx) {
    ctx.github().issues().createComment(ctx.issue(), "pong, @" + event.sender().login());
  }
}
