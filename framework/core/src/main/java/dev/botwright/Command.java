package dev.botwright;

import io.micronaut.context.annotation.Executable;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method as a slash command: it runs when a new issue or pull request comment has a
 * line {@code /name arg...}.
 *
 * <pre>{@code
 * @Command(value = "label", description = "Adds labels to this issue")
 * void label(List<String> labels, EventContext ctx) {
 *   ctx.github().issues().addLabels(ctx.issue(), labels.toArray(String[]::new));
 * }
 * }</pre>
 *
 * <p>A command line starts a line of the comment, outside fenced or indented code blocks, {@code >}
 * quotes and HTML comments; each such line runs the method once. Arguments are split like a shell
 * does: {@code /label "help wanted" bug} has the arguments {@code help wanted} and {@code bug}.
 * Comments from bots ({@code sender.type == "Bot"}) never run commands.
 *
 * <p>Parameters are bound by type, as for {@link OnEvent} (the {@link EventContext}, the typed
 * {@code IssueCommentEvent} payload, the client, beans), plus at most one for the arguments:
 *
 * <ul>
 *   <li>{@code List<String>}: every argument;
 *   <li>a record of {@code String} components, optionally ending with a {@code List<String>}, and
 *       annotated {@code @Introspected}: one argument per {@code String}, in order, the rest in the
 *       list. A comment with too few arguments (or too many, without a list) is answered with the
 *       command's usage, and the method does not run.
 * </ul>
 *
 * A method without an arguments parameter takes no arguments. The commenter needs {@link
 * #permission()} on the repository; when they lack it Botwright answers for the method, which does
 * not run. Botwright reacts to the comment with 👀 when it starts, then 👍, 👎 (refused) or 😕
 * (wrong usage or failed), unless {@code botwright.commands.reactions=false}. A method that throws
 * is a failed handler like any other and is retried.
 *
 * <p>{@code /help} is Botwright's own: it lists the commands the commenter may run, with their
 * {@link #description()} and usage. Names are checked at compile time: lowercase letters, digits
 * and {@code -}, unique in the application, not {@code help}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Executable(processOnStartup = true)
public @interface Command {

  /** The command's name, without the slash: {@code "label"} answers {@code /label}. */
  String value();

  /** One sentence that {@code /help} shows next to the command's usage. */
  String description() default "";

  /** The least access to the repository the commenter needs; {@code WRITE} unless said. */
  Permission permission() default Permission.WRITE;

  /**
   * Whether editing a comment runs the command lines the edit added (lines that were already in the
   * comment do not run again). Off unless said: only new comments run commands.
   */
  boolean onEdit() default false;
}
