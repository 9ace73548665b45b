package dev.botwright.internal.dispatch;

import dev.botwright.DeliveryFailure;
import dev.botwright.Permission;
import dev.botwright.internal.commands.CommandComment;
import dev.botwright.internal.commands.CommandFeedback;
import dev.botwright.internal.commands.CommandInfo;
import dev.botwright.internal.commands.CommenterPermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * Botwright's {@code /help}: answers with the commands the commenter may run, their usage and
 * description, read from the {@code @Command} annotations. The permission is looked up only when
 * some command needs one.
 */
final class HelpCommand implements HandlerMethod.Body {

  /** The handler's name in delivery failures. */
  static final String NAME = "Botwright#help";

  private final List<CommandInfo> commands = new CopyOnWriteArrayList<>();
  private final CommandFeedback feedback;
  private final CommenterPermissions permissions;

  HelpCommand(CommandFeedback feedback, CommenterPermissions permissions) {
    this.feedback = feedback;
    this.permissions = permissions;
  }

  void add(CommandInfo command) {
    commands.add(command);
  }

  @Override
  public void run(DefaultEventContext context, @Nullable DeliveryFailure failure) {
    if (context.isBot()) {
      return;
    }
    CommandComment comment = CommandComment.of(context);
    if (comment.named("help").isEmpty()) {
      return;
    }
    feedback.received(context, comment);
    boolean anyoneMayRunAll = commands.stream().allMatch(c -> c.permission() == Permission.ANYONE);
    Permission role =
        anyoneMayRunAll ? Permission.ANYONE : permissions.of(context, comment.author());
    feedback.help(
        context, comment, commands.stream().filter(c -> role.includes(c.permission())).toList());
    feedback.succeeded(context, comment);
  }
}
