package dev.botwright.internal.commands;

import dev.botwright.EventContext;
import dev.botwright.event.Change;
import dev.botwright.event.CommentChanges;
import dev.botwright.event.IssueCommentEvent;
import io.micronaut.core.annotation.Internal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The comment of an {@code issue_comment} delivery, as commands see it.
 *
 * @param id the comment's id, which reactions address
 * @param author the login of who wrote (or edited) it: the delivery's sender
 * @param commands the command lines to run: every one of a new comment; of an edited one, only
 *     those the edit added (a line already there ran when it was first written)
 */
@Internal
public record CommandComment(long id, String author, List<CommandLine> commands) {

  /** The comment of {@code ctx}'s {@code issue_comment.created} or {@code .edited} delivery. */
  public static CommandComment of(EventContext ctx) {
    IssueCommentEvent event = ctx.payload(IssueCommentEvent.class);
    List<CommandLine> commands = CommandParser.parse(event.comment().body());
    if (event instanceof IssueCommentEvent.Edited edited) {
      commands = added(commands, previousBody(edited, event.comment().body()));
    }
    return new CommandComment(event.comment().id(), event.sender().login(), commands);
  }

  /** The command lines named {@code name}. */
  public List<CommandLine> named(String name) {
    return commands.stream().filter(c -> c.name().equals(name)).toList();
  }

  /** GitHub sends {@code changes.body} only when the body changed. */
  private static @Nullable String previousBody(
      IssueCommentEvent.Edited edited, @Nullable String body) {
    CommentChanges changes = edited.changes();
    Change change = changes == null ? null : changes.body();
    return change == null ? body : change.from();
  }

  /** The lines of {@code now} not in {@code before}: a line written twice before counts twice. */
  private static List<CommandLine> added(List<CommandLine> now, @Nullable String before) {
    Map<String, Integer> earlier = new HashMap<>();
    CommandParser.parse(before).forEach(c -> earlier.merge(c.line(), 1, Integer::sum));
    List<CommandLine> added = new ArrayList<>();
    for (CommandLine command : now) {
      Integer left = earlier.get(command.line());
      if (left == null || left == 0) {
        added.add(command);
      } else {
        earlier.put(command.line(), left - 1);
      }
    }
    return added;
  }
}
