package dev.botwright.test;

import dev.botwright.Command;
import dev.botwright.EventContext;
import dev.botwright.Permission;
import dev.botwright.event.IssueCommentEvent;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Introspected;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The commands {@link CommandsTest} and {@link CommandsConfigurationTest} send comments to. */
@Singleton
@Requires(property = "spec.name", value = "CommandsTest")
class CommandTestHandlers {

  /** What ran, in order: a command's name and what it was given. */
  final List<String> ran = new CopyOnWriteArrayList<>();

  @Command(value = "label", description = "Adds labels to this issue")
  void label(List<String> labels, EventContext ctx) {
    ran.add("label " + labels);
    ctx.github().issues().addLabels(ctx.issue(), labels.toArray(String[]::new));
  }

  @Command(
      value = "assign",
      description = "Assigns someone to this issue",
      permission = Permission.TRIAGE,
      onEdit = true)
  void assign(Assignee arguments, IssueCommentEvent event) {
    ran.add(
        "assign " + arguments.user() + " " + arguments.note() + " by " + event.sender().login());
  }

  @Command(value = "ping", permission = Permission.ANYONE)
  void ping() {
    ran.add("ping");
  }

  @Command(value = "fail", description = "Always fails")
  void fail() {
    ran.add("fail");
    throw new IllegalStateException("the command broke");
  }

  /** {@code /assign USER [NOTE...]}. */
  @Introspected
  record Assignee(String user, List<String> note) {}
}
