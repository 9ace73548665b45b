package dev.botwright.internal.dispatch;

import dev.botwright.DeliveryFailure;
import dev.botwright.Permission;
import dev.botwright.internal.commands.CommandArguments;
import dev.botwright.internal.commands.CommandComment;
import dev.botwright.internal.commands.CommandFeedback;
import dev.botwright.internal.commands.CommandInfo;
import dev.botwright.internal.commands.CommandLine;
import dev.botwright.internal.commands.CommenterPermissions;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs one {@code @Command} method for a comment: once per command line with its name, after 👀 and
 * the commenter's permission, then 👍; 👎 and a reply when refused, 😕 and the usage for a line
 * with the wrong arguments, 😕 when the method throws (the handler then fails, as any other).
 */
final class CommandBody implements HandlerMethod.Body {

  /** Produces one argument of the method for one command line. */
  @FunctionalInterface
  interface Binder {
    Object bind(DefaultEventContext context, List<String> arguments);
  }

  private final CommandInfo info;
  private final CommandArguments arguments;
  private final List<Binder> binders;
  private final Consumer<Object[]> method;
  private final CommandFeedback feedback;
  private final CommenterPermissions permissions;

  CommandBody(
      CommandInfo info,
      CommandArguments arguments,
      List<Binder> binders,
      Consumer<Object[]> method,
      CommandFeedback feedback,
      CommenterPermissions permissions) {
    this.info = info;
    this.arguments = arguments;
    this.binders = List.copyOf(binders);
    this.method = method;
    this.feedback = feedback;
    this.permissions = permissions;
  }

  @Override
  public void run(DefaultEventContext context, @Nullable DeliveryFailure failure) {
    if (context.isBot()) {
      return;
    }
    CommandComment comment = CommandComment.of(context);
    List<CommandLine> lines = comment.named(info.name());
    if (lines.isEmpty()) {
      return;
    }
    feedback.received(context, comment);
    if (info.permission() != Permission.ANYONE
        && !permissions.of(context, comment.author()).includes(info.permission())) {
      context
          .log()
          .info(
              "{} refused /{} for lack of {} access",
              comment.author(),
              info.name(),
              info.permission());
      feedback.refused(context, comment, info.name(), info.permission());
      return;
    }
    boolean misused = false;
    for (CommandLine line : lines) {
      if (!arguments.accepts(line.arguments().size())) {
        feedback.misused(context, comment, info);
        misused = true;
        continue;
      }
      run(context, comment, line);
    }
    if (!misused) {
      feedback.succeeded(context, comment);
    }
  }

  private void run(DefaultEventContext context, CommandComment comment, CommandLine line) {
    Object[] args = new Object[binders.size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = binders.get(i).bind(context, line.arguments());
    }
    try {
      method.accept(args);
    } catch (RuntimeException | Error e) {
      try {
        feedback.failed(context, comment);
      } catch (RuntimeException reactionFailed) {
        e.addSuppressed(reactionFailed);
      }
      throw e;
    }
  }
}
