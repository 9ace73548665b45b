package dev.botwright.internal.commands;

import dev.botwright.EventContext;
import dev.botwright.Permission;
import dev.botwright.config.CommandsConfiguration;
import io.micronaut.core.annotation.Internal;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What Botwright tells a commenter: reactions on their comment (unless {@code
 * botwright.commands.reactions=false}) and the replies of {@code botwright.commands.*}.
 */
@Internal
@Singleton
public final class CommandFeedback {

  static final String RECEIVED = "eyes";
  static final String SUCCEEDED = "+1";
  static final String REFUSED = "-1";
  static final String FAILED = "confused";

  private final CommandsConfiguration config;

  CommandFeedback(CommandsConfiguration config) {
    this.config = config;
  }

  /**
   * 👀 on the comment, once: a retried delivery already reacted in its first attempt. GitHub keeps
   * one reaction per user and content, so a repeat would only cost a request.
   */
  public void received(EventContext ctx, CommandComment comment) {
    if (ctx.attempt() == 1) {
      react(ctx, comment, RECEIVED);
    }
  }

  /** 👍: every command line ran. */
  public void succeeded(EventContext ctx, CommandComment comment) {
    react(ctx, comment, SUCCEEDED);
  }

  /** 😕: a command line failed, or was written with the wrong arguments. */
  public void failed(EventContext ctx, CommandComment comment) {
    react(ctx, comment, FAILED);
  }

  /** 👎 and the refusal reply: the commenter lacks {@code needed}. */
  public void refused(EventContext ctx, CommandComment comment, String command, Permission needed) {
    react(ctx, comment, REFUSED);
    reply(ctx, fill(config.getRefusal(), comment, command, needed, ""));
  }

  /** 😕 and the usage reply: the command line had too few or too many arguments. */
  public void misused(EventContext ctx, CommandComment comment, CommandInfo command) {
    react(ctx, comment, FAILED);
    reply(
        ctx,
        fill(config.getUsage(), comment, command.name(), command.permission(), command.usage()));
  }

  /** The {@code /help} reply: the commands in {@code allowed}, by name. */
  public void help(EventContext ctx, CommandComment comment, List<CommandInfo> allowed) {
    if (allowed.isEmpty()) {
      reply(ctx, fill(config.getHelpNone(), comment, "help", Permission.ANYONE, ""));
      return;
    }
    StringBuilder text =
        new StringBuilder(fill(config.getHelp(), comment, "help", Permission.ANYONE, ""))
            .append("\n");
    allowed.stream()
        .sorted(Comparator.comparing(CommandInfo::name))
        .forEach(
            c -> {
              text.append("\n- `").append(c.usage()).append('`');
              if (!c.description().isBlank()) {
                text.append(": ").append(c.description().strip());
              }
            });
    reply(ctx, text.toString());
  }

  private static String fill(
      String template, CommandComment comment, String command, Permission needed, String usage) {
    return template
        .replace("{user}", comment.author())
        .replace("{command}", command)
        .replace("{permission}", needed.name().toLowerCase(Locale.ROOT))
        .replace("{usage}", usage);
  }

  private void react(EventContext ctx, CommandComment comment, String content) {
    if (config.isReactions()) {
      ctx.github().issues().addCommentReaction(ctx.repo(), comment.id(), content);
    }
  }

  private static void reply(EventContext ctx, String body) {
    ctx.github().issues().createComment(ctx.issue(), body);
  }
}
